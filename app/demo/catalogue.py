"""The demo lab's test catalogue: test categories, their project titles and the items
quoted, with their standards and list prices.

Everything is a tuple so that the generator's random choices are reproducible."""

from __future__ import annotations

from typing import NamedTuple


class TestItem(NamedTuple):
    name: str
    standard: str
    unit_price_yuan: int


class TestCategory(NamedTuple):
    name: str
    titles: tuple[str, ...]
    items: tuple[TestItem, ...]


TEST_CATEGORIES: tuple[TestCategory, ...] = (
    TestCategory(
        "水质检测",
        (
            "废水排放口季度监测",
            "地下水环境监测",
            "雨水排放口水质检测",
            "生活饮用水水质检测",
            "污水处理站进出水检测",
        ),
        (
            TestItem("pH值", "HJ 1147-2020", 30),
            TestItem("化学需氧量", "HJ 828-2017", 80),
            TestItem("氨氮", "HJ 535-2009", 60),
            TestItem("总磷", "GB/T 11893-1989", 60),
            TestItem("总氮", "HJ 636-2012", 80),
            TestItem("悬浮物", "GB/T 11901-1989", 50),
            TestItem("石油类", "HJ 637-2018", 150),
            TestItem("重金属（铜、镍、铬）", "HJ 700-2014", 300),
        ),
    ),
    TestCategory(
        "土壤检测",
        ("地块土壤污染状况调查检测", "土壤环境质量监测", "农用地土壤检测"),
        (
            TestItem("土壤重金属八项", "GB 36600-2018", 600),
            TestItem("挥发性有机物", "HJ 605-2011", 800),
            TestItem("半挥发性有机物", "HJ 834-2017", 900),
            TestItem("石油烃（C10-C40）", "HJ 1021-2019", 400),
            TestItem("土壤pH", "HJ 962-2018", 40),
        ),
    ),
    TestCategory(
        "环境空气",
        ("有组织废气监测", "无组织废气监测", "厂界噪声与废气监测", "年度自行监测"),
        (
            TestItem("非甲烷总烃", "HJ 38-2017", 200),
            TestItem("颗粒物", "HJ 836-2017", 250),
            TestItem("二氧化硫", "HJ 57-2017", 150),
            TestItem("氮氧化物", "HJ 693-2014", 150),
            TestItem("厂界噪声", "GB 12348-2008", 300),
            TestItem("臭气浓度", "HJ 1262-2022", 350),
        ),
    ),
    TestCategory(
        "食品检测",
        ("食品安全自检", "原料入厂检测", "产品出厂检验", "餐饮食品抽检"),
        (
            TestItem("菌落总数", "GB 4789.2-2022", 120),
            TestItem("大肠菌群", "GB 4789.3-2016", 120),
            TestItem("铅", "GB 5009.12-2023", 150),
            TestItem("农药残留", "GB 23200.113-2018", 600),
            TestItem("营养成分全项", "GB 28050-2011", 900),
            TestItem("食品添加剂", "GB 2760-2024", 500),
        ),
    ),
    TestCategory(
        "职业卫生",
        ("职业病危害因素定期检测", "职业病危害现状评价", "建设项目职业病危害控制效果评价"),
        (
            TestItem("粉尘", "GBZ/T 192.1-2007", 200),
            TestItem("噪声", "GBZ/T 189.8-2007", 150),
            TestItem("苯系物", "GBZ/T 300.66-2017", 300),
            TestItem("高温", "GBZ/T 189.7-2007", 150),
            TestItem("工频电场", "GBZ/T 189.3-2018", 200),
        ),
    ),
    TestCategory(
        "公共场所",
        ("公共场所卫生检测", "集中空调通风系统卫生检测", "游泳池水质检测"),
        (
            TestItem("空气细菌总数", "GB/T 18204.3-2013", 100),
            TestItem("一氧化碳", "GB/T 18204.2-2014", 80),
            TestItem("集中空调积尘量", "WS/T 396-2012", 300),
            TestItem("游泳池水浑浊度", "GB/T 18204.6-2013", 60),
        ),
    ),
    TestCategory(
        "建材检测",
        ("混凝土试块抗压强度检测", "钢筋力学性能检测", "防水材料检测", "保温材料燃烧性能检测"),
        (
            TestItem("混凝土抗压强度", "GB/T 50081-2019", 60),
            TestItem("钢筋拉伸试验", "GB/T 228.1-2021", 120),
            TestItem("防水卷材拉力", "GB/T 328.8-2007", 300),
            TestItem("燃烧性能等级", "GB 8624-2012", 1500),
        ),
    ),
    TestCategory(
        "室内空气",
        ("装修后室内空气质量检测", "新建校舍室内空气检测", "竣工验收室内环境检测"),
        (
            TestItem("甲醛", "GB/T 18883-2022", 120),
            TestItem("苯", "GB/T 18883-2022", 150),
            TestItem("TVOC", "GB 50325-2020", 200),
            TestItem("氡", "GB 50325-2020", 250),
        ),
    ),
)
