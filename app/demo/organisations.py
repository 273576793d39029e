"""Word lists for the demo data generator: company, government and institution names, the
industries behind them, banks and contact titles.

Everything is a tuple so that the generator's random choices are reproducible."""

from __future__ import annotations

from typing import NamedTuple

# 字号 (trade names) are built from a first and a second character: 恒瑞, 华鑫, 绿源 ...
TRADE_NAME_FIRST = (
    "恒",
    "华",
    "金",
    "中",
    "绿",
    "蓝",
    "清",
    "博",
    "瑞",
    "天",
    "宏",
    "鼎",
    "永",
    "东",
    "海",
    "凯",
    "万",
    "正",
    "德",
    "嘉",
    "明",
    "盛",
    "远",
    "信",
    "联",
    "新",
    "同",
    "光",
    "益",
    "润",
    "泰",
    "协",
    "安",
    "融",
    "鑫",
    "兴",
    "富",
    "汇",
    "昊",
    "立",
)
TRADE_NAME_SECOND = (
    "瑞",
    "鑫",
    "诚",
    "科",
    "源",
    "宇",
    "远",
    "丰",
    "成",
    "达",
    "盛",
    "安",
    "通",
    "泰",
    "润",
    "禾",
    "辉",
    "航",
    "信",
    "合",
    "力",
    "昌",
    "晟",
    "创",
    "泽",
    "越",
    "锦",
    "峰",
    "澜",
    "邦",
)


class Industry(NamedTuple):
    name: str
    test_categories: tuple[str, ...]


INDUSTRIES: tuple[Industry, ...] = (
    Industry("环保科技", ("水质检测", "环境空气", "土壤检测")),
    Industry("环境工程", ("水质检测", "环境空气", "土壤检测")),
    Industry("化工", ("水质检测", "环境空气", "职业卫生", "土壤检测")),
    Industry("新材料", ("环境空气", "职业卫生", "水质检测")),
    Industry("精细化工", ("水质检测", "环境空气", "职业卫生")),
    Industry("电镀", ("水质检测", "职业卫生", "土壤检测")),
    Industry("表面处理", ("水质检测", "职业卫生")),
    Industry("纺织印染", ("水质检测", "环境空气")),
    Industry("造纸", ("水质检测", "环境空气")),
    Industry("热电", ("环境空气", "水质检测", "职业卫生")),
    Industry("水务", ("水质检测",)),
    Industry("污水处理", ("水质检测", "环境空气")),
    Industry("固废处置", ("土壤检测", "环境空气", "水质检测")),
    Industry("食品", ("食品检测", "水质检测")),
    Industry("食品科技", ("食品检测",)),
    Industry("乳业", ("食品检测", "水质检测")),
    Industry("饮品", ("食品检测", "水质检测")),
    Industry("餐饮管理", ("食品检测", "公共场所")),
    Industry("农业发展", ("土壤检测", "食品检测", "水质检测")),
    Industry("生物医药", ("职业卫生", "水质检测", "环境空气")),
    Industry("制药", ("职业卫生", "水质检测", "环境空气")),
    Industry("医疗器械", ("职业卫生", "室内空气")),
    Industry("建设工程", ("建材检测", "室内空气")),
    Industry("建筑安装工程", ("建材检测",)),
    Industry("建材", ("建材检测",)),
    Industry("混凝土", ("建材检测",)),
    Industry("装饰工程", ("室内空气", "建材检测")),
    Industry("房地产开发", ("室内空气", "土壤检测", "建材检测")),
    Industry("物业管理", ("公共场所", "室内空气", "水质检测")),
    Industry("酒店管理", ("公共场所", "水质检测")),
    Industry("商业管理", ("公共场所", "室内空气")),
    Industry("教育科技", ("室内空气", "公共场所")),
    Industry("电子科技", ("职业卫生", "水质检测", "环境空气")),
    Industry("半导体", ("职业卫生", "水质检测", "环境空气")),
    Industry("光电科技", ("职业卫生", "环境空气")),
    Industry("精密机械", ("职业卫生", "水质检测")),
    Industry("汽车零部件", ("职业卫生", "环境空气", "水质检测")),
    Industry("金属制品", ("职业卫生", "水质检测")),
    Industry("塑胶制品", ("职业卫生", "环境空气")),
    Industry("印刷包装", ("环境空气", "职业卫生")),
    Industry("家具", ("室内空气", "职业卫生", "环境空气")),
)

# Government bodies are named after a city, optionally a district, and a bureau.
GOVERNMENT_BUREAUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("生态环境局", ("水质检测", "环境空气", "土壤检测")),
    ("住房和城乡建设局", ("建材检测", "室内空气")),
    ("卫生健康委员会", ("公共场所", "职业卫生")),
    ("市场监督管理局", ("食品检测",)),
    ("水务局", ("水质检测",)),
    ("自然资源和规划局", ("土壤检测",)),
    ("农业农村局", ("土壤检测", "食品检测")),
    ("教育局", ("室内空气", "公共场所")),
    ("城市管理局", ("环境空气", "水质检测")),
    ("应急管理局", ("职业卫生",)),
)

# Institutions: hospitals, schools, universities, research institutes, CDCs.
INSTITUTION_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{city}第{n}人民医院", ("公共场所", "水质检测", "职业卫生")),
    ("{city}{district}人民医院", ("公共场所", "水质检测")),
    ("{city}中医医院", ("公共场所", "水质检测")),
    ("{city}{district}妇幼保健院", ("公共场所", "室内空气")),
    ("{city}{district}疾病预防控制中心", ("水质检测", "食品检测")),
    ("{city}{district}实验小学", ("室内空气", "公共场所")),
    ("{city}{district}第{n}中学", ("室内空气", "公共场所")),
    ("{short}理工学院", ("室内空气", "水质检测", "职业卫生")),
    ("{short}职业技术学院", ("室内空气", "公共场所")),
    ("{short}医学院", ("职业卫生", "室内空气")),
    ("{city}环境科学研究院", ("水质检测", "土壤检测", "环境空气")),
    ("{city}农业科学研究院", ("土壤检测", "食品检测")),
)
CHINESE_ORDINALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九")

BANKS = (
    "中国工商银行",
    "中国农业银行",
    "中国银行",
    "中国建设银行",
    "交通银行",
    "招商银行",
    "浦发银行",
    "兴业银行",
    "中信银行",
    "江苏银行",
    "宁波银行",
    "农村商业银行",
)

CONTACT_TITLES_ENTERPRISE = (
    "环保专员",
    "EHS主管",
    "采购经理",
    "财务",
    "总经理助理",
    "行政主管",
    "安全主管",
    "质量经理",
    "项目经理",
    "厂长",
)
CONTACT_TITLES_GOVERNMENT = ("科长", "科员", "副科长", "办公室主任", "财务")
CONTACT_TITLES_INSTITUTION = ("后勤处老师", "总务科", "院感科", "财务处", "实验室主任")
