"""Demo staff and customers: users by role, each customer's identity (name, USCC,
address, bank), its customer row, contacts, ownership history and payer aliases."""

from __future__ import annotations

import random
from bisect import bisect_left
from itertools import accumulate

from sqlalchemy import select

from app.demo import names, organisations
from app.demo.state import _GeneratorState, _Identity, _Person, _Tier
from app.domain.enums import CustomerCategory, Role
from app.domain.names import name_key
from app.domain.uscc import check_char, make_uscc
from app.models import User
from app.services.core.auth_service import DEMO_ADMIN, demo_password_hash


class _CustomerMixin(_GeneratorState):
    # -- staff ------------------------------------------------------------------------

    def _make_users(self) -> None:
        rng, d = self.rng, self.d
        taken = set(self.conn.scalars(select(User.login)).all())
        used_names: set[str] = set()
        self.users: list[_Person] = []
        start = self.H - 30
        created = d.morning[start]
        manager_id = None
        # Everyone logs in with the demo password (README); the same hash for all of them.
        password = demo_password_hash()
        plan = ((Role.MANAGER, 1), (Role.FINANCE, 2), (Role.TECHNICIAN, 3), (Role.SALES, 8))
        groups: dict[Role, list[_Person]] = {}
        for role, count in plan:
            for _ in range(count):
                while True:
                    (sur, sur_py), (given, given_py) = (
                        rng.choice(names.SURNAMES),
                        rng.choice(names.GIVEN_NAMES),
                    )
                    if sur + given not in used_names:
                        break
                used_names.add(sur + given)
                login = sur_py + given_py
                n = 2
                while login in taken:
                    login, n = f"{sur_py}{given_py}{n}", n + 1
                taken.add(login)
                person = _Person(self._ids("users"), sur + given, login)
                self.b_user.append(
                    (
                        person.id,
                        login,
                        person.name,
                        str(role),
                        password,
                        True,
                        None if role == Role.MANAGER else manager_id,
                        f"{login}@example.com",
                        _mobile(rng),
                        0,
                        False,
                        False,
                        1,
                        created,
                        created,
                    )
                )
                if role == Role.MANAGER:
                    manager_id = person.id
                groups.setdefault(role, []).append(person)
                self.users.append(person)
        if DEMO_ADMIN not in taken:
            # The administrator to log in as first (README).
            self.b_user.append(
                (
                    *(self._ids("users"), DEMO_ADMIN, "管理员", str(Role.ADMIN), password),
                    *(True, None, None, None, 0, False, False, 1, created, created),
                )
            )
        self.manager = groups[Role.MANAGER][0]
        self.finance = groups[Role.FINANCE]
        self.technicians = groups[Role.TECHNICIAN]
        self.sales = groups[Role.SALES]
        # Some salespeople look after many more customers than others.
        self.sales_weights = list(accumulate(rng.randint(4, 16) for _ in self.sales))

    def _pick_sales(self) -> _Person:
        x = self.rng.random() * self.sales_weights[-1]
        return self.sales[bisect_left(self.sales_weights, x)]

    # -- identity: name, USCC, address, bank -------------------------------------------

    def _who(self, i: int) -> _Identity:
        rng = self.rng
        category = self.category_of[i]
        region = rng.choices(names.REGIONS, names.REGION_WEIGHTS)[0]
        district = rng.choice(region.districts)
        city_short = region.city.removesuffix("市")
        for _ in range(12):
            ident = self._name(category, region, district, city_short)
            if ident["name"] not in self.used_names:
                break
        else:
            # Government names (and people's names) run out in very large runs.
            category = CustomerCategory.ENTERPRISE
            while True:
                ident = self._name(category, region, district, city_short)
                if ident["name"] not in self.used_names:
                    break
        self.used_names.add(ident["name"])
        ident["category"] = category
        ident["region"] = region
        ident["district"] = district
        ident["city_short"] = city_short
        return ident

    def _name(
        self, category: CustomerCategory, region: names.Region, district: str, city_short: str
    ) -> _Identity:
        rng = self.rng
        if category == CustomerCategory.GOVERNMENT:
            bureau, categories = rng.choice(organisations.GOVERNMENT_BUREAUS)
            where = region.city + (district if rng.random() < 0.7 else "")
            return {"name": where + bureau, "short": None, "tests": categories}
        if category == CustomerCategory.INSTITUTION:
            pattern, categories = rng.choice(organisations.INSTITUTION_PATTERNS)
            name = pattern.format(
                city=region.city,
                district=district,
                short=city_short,
                n=rng.choice(organisations.CHINESE_ORDINALS),
            )
            return {"name": name, "short": None, "tests": categories}
        if category == CustomerCategory.INDIVIDUAL:
            (sur, _), (given, _) = rng.choice(names.SURNAMES), rng.choice(names.GIVEN_NAMES)
            return {"name": sur + given, "short": None, "tests": ("室内空气", "水质检测")}
        trade = rng.choice(organisations.TRADE_NAME_FIRST) + rng.choice(
            organisations.TRADE_NAME_SECOND
        )
        industry = rng.choice(organisations.INDUSTRIES)
        prefix = (
            region.province.removesuffix("省").removesuffix("市")
            if rng.random() < 0.15
            else city_short
        )
        suffix = "股份有限公司" if rng.random() < 0.15 else "有限公司"
        return {
            "name": prefix + trade + industry.name + suffix,
            "prefix": prefix,
            "trade": trade,
            "short": trade + industry.name[:2],
            "tests": industry.test_categories,
        }

    def _uscc(self, category: CustomerCategory) -> str | None:
        if category == CustomerCategory.INDIVIDUAL:
            return None
        while True:
            code = make_uscc(self.rng)
            # Registration authority and type: 11 = 机关 (government), 12 = 事业单位.
            head = {CustomerCategory.GOVERNMENT: "11", CustomerCategory.INSTITUTION: "12"}.get(
                category
            )
            if head is not None:
                first17 = head + code[2:17]
                code = first17 + check_char(first17)
            if code not in self.used_uscc:
                self.used_uscc.add(code)
                return code

    def _customer_rows(
        self,
        cid: int,
        i: int,
        ident: _Identity,
        tier: _Tier,
        owner: _Person,
        since: int,
        terms: int | None,
        limit: int | None,
        archived: bool,
    ) -> None:
        rng, d = self.rng, self.d
        region: names.Region = ident["region"]
        district: str = ident["district"]
        category: CustomerCategory = ident["category"]
        name: str = ident["name"]
        uscc = self._uscc(category)
        address = (
            f"{region.province if region.province != region.city else ''}{region.city}"
            f"{district}{rng.choice(region.roads)}{rng.randint(1, 999)}号"
        )
        mailing = address if rng.random() < 0.8 else f"{address}{rng.randint(1, 12)}幢"
        phone = f"{region.area_code}-{rng.randint(5_000_000, 8_999_999)}"
        bank = (
            f"{rng.choice(organisations.BANKS)}{ident['city_short']}{district.rstrip('区市县')}支行"
        )
        account = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((16, 19))))
        notes = None
        if tier.code == "high_risk":
            notes = "历史回款较慢，新委托需先收预付款"
        elif category == CustomerCategory.GOVERNMENT:
            notes = "财政支付，付款需走审批流程，年底集中支付"
        created = d.morning[since]
        is_person = category == CustomerCategory.INDIVIDUAL
        where = region.city if region.province == region.city else region.province + region.city
        self.b_customer.append(
            (
                cid,
                f"C{i + 1:06d}",
                name,
                name_key(name),
                ident["short"],
                uscc,
                str(category),
                tier.id,
                limit,
                terms,
                owner.id,
                where,
                address,
                mailing,
                phone,
                name,
                uscc,
                None if is_person else bank,
                None if is_person else account,
                notes,
                archived,
                d.date[since],
                None,
                1,
                created,
                created,
            )
        )
        # Contacts: one to three, the first is the primary one.
        titles = {
            CustomerCategory.GOVERNMENT: organisations.CONTACT_TITLES_GOVERNMENT,
            CustomerCategory.INSTITUTION: organisations.CONTACT_TITLES_INSTITUTION,
        }.get(category, organisations.CONTACT_TITLES_ENTERPRISE)
        n_contacts = 1 if category == CustomerCategory.INDIVIDUAL else rng.choice((1, 2, 2, 3))
        first = self._ids("contacts", n_contacts)
        for k in range(n_contacts):
            if category == CustomerCategory.INDIVIDUAL:
                person, pinyin, title = name, "", None
            else:
                (sur, sur_py), (given, given_py) = (
                    rng.choice(names.SURNAMES),
                    rng.choice(names.GIVEN_NAMES),
                )
                person, pinyin, title = sur + given, sur_py + given_py, rng.choice(titles)
            mobile = _mobile(rng)
            email = (
                f"{pinyin}{rng.randint(1, 99)}@{rng.choice(('163.com', 'qq.com', '126.com'))}"
                if pinyin
                else None
            )
            self.b_contact.append(
                (
                    first + k,
                    cid,
                    person,
                    title,
                    mobile,
                    email,
                    mobile if rng.random() < 0.6 else None,
                    k == 0,
                    1,
                    created,
                    created,
                )
            )
        self.counts["contacts"] += n_contacts
        # Ownership history: some customers were handed over from another salesperson.
        if rng.random() < 0.1 and since < self.T - 200:
            handover = since + rng.randint(60, self.T - since - 30)
            previous = self._pick_sales()
            self.b_ownership.append(
                (
                    self._ids("customer_ownerships"),
                    cid,
                    previous.id,
                    d.date[since],
                    d.date[handover],
                )
            )
            self.b_ownership.append(
                (self._ids("customer_ownerships"), cid, owner.id, d.date[handover], None)
            )
        else:
            self.b_ownership.append(
                (self._ids("customer_ownerships"), cid, owner.id, d.date[since], None)
            )
        # A few customers are paid for by a parent company or a person (代付).
        ident["payer"] = name
        ident["third_party"] = None
        if category == CustomerCategory.ENTERPRISE and rng.random() < 0.03:
            third = f"{ident['prefix']}{ident['trade']}集团有限公司"
            ident["third_party"] = third
            self.b_alias.append(
                (self._ids("payer_aliases"), cid, third, name_key(third), created, created)
            )


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}"
