#!/usr/bin/env python3
"""Writes eval-sentences.tsv: Norwegian sentences with made-up personal data and the findings expected.

Each placeholder is filled with a fresh generated number (seeded, so the file is reproducible) and, for the
kinds that are personal data, becomes an expected finding "code<TAB>substring". Identity numbers are never real
people's: fødselsnummer and D-numbers use the unissued reserve series (individual 900-999, born 1940-1999), the
2032-rule numbers are not issued yet, H- and synthetic numbers belong to no one.
Usage: python3 make-eval-sentences.py > eval-sentences.tsv
"""
import random

rnd = random.Random(7)
W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def ctl(weighted):
    k = 11 - weighted % 11
    return 0 if k == 11 else (None if k == 10 else k)


def identity(day_off=0, month_off=0, remainder=0):
    while True:
        month = rnd.randint(1, 12)
        day = rnd.randint(1, 28)
        nine = "%02d%02d%02d%03d" % (day + day_off, month + month_off, rnd.randint(40, 99), rnd.randint(900, 999))
        k1 = (remainder - sum(w * int(c) for w, c in zip(W1, nine))) % 11
        if k1 == 10:
            continue
        k2 = ctl(sum(w * int(c) for w, c in zip(W2, nine + str(k1))))
        if k2 is not None:
            return nine + str(k1) + str(k2)


def valid_date(day, month, year):
    days = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1 <= month <= 12 and 1 <= day <= days[month] and (month != 2 or day != 29 or year % 4 == 0)


def identity_in_force(n):
    """Valid as an identity number under the rule in force: such a number is reported as one, even as an account."""
    day, month = int(n[:2]), int(n[2:4])
    day -= 40 if day > 40 else 0
    month -= 80 if month > 80 else 40 if month > 40 else 0
    first = sum(w * int(c) for w, c in zip(W1 + [1], n[:10])) % 11
    return valid_date(day, month, int(n[4:6])) and first == 0


def account():
    """A valid account number. One that is also valid as an identity number under the 2032 rule alone is kept: the
    detector must tell it apart by how it is written or the word before it."""
    while True:
        ten = "%04d%06d" % (rnd.choice([1503, 1506, 3000, 6011, 9710, 1254, 1813, 9235, 4312]), rnd.randint(0, 999999))
        k = ctl(sum(w * int(c) for w, c in zip(W2, ten)))
        if k is not None and not identity_in_force(ten + str(k)):
            return ten + str(k)


def bad11():
    """Eleven digits whose K2 fails: neither an identity number under any rule nor an account."""
    good = identity()
    return good[:10] + str((int(good[10]) + rnd.randint(1, 9)) % 10)


def mobile():
    return rnd.choice("49") + "".join(rnd.choice("0123456789") for _ in range(7))


def landline():
    return rnd.choice("2357") + "".join(rnd.choice("0123456789") for _ in range(7))


def org():
    while True:
        eight = "9" + "".join(rnd.choice("0123456789") for _ in range(7))
        k = ctl(sum(w * int(c) for w, c in zip([3, 2, 7, 6, 5, 4, 3, 2], eight)))
        if k is not None:
            return eight + str(k)


FILL = {
    "fnr": lambda: ("national-id", identity()),
    "fnr_s": lambda: ("national-id", (lambda n: n[:6] + " " + n[6:])(identity())),
    "fnr32": lambda: ("national-id", identity(remainder=rnd.randint(1, 3))),
    "dnr": lambda: ("d-number", identity(day_off=40)),
    "dnr_s": lambda: ("d-number", (lambda n: n[:6] + " " + n[6:])(identity(day_off=40))),
    "hnr": lambda: ("h-number", identity(month_off=40)),
    "syn": lambda: ("synthetic-id", identity(month_off=80)),
    "syn_d": lambda: ("synthetic-id", identity(day_off=40, month_off=rnd.choice([40, 80]))),
    "acct": lambda: ("bank-account", account()),
    "acct_s": lambda: ("bank-account", (lambda n: n[:4] + " " + n[4:6] + " " + n[6:])(account())),
    "acct_d": lambda: ("bank-account", (lambda n: n[:4] + "." + n[4:6] + "." + n[6:])(account())),
    "mob": lambda: ("phone", mobile()),
    "mob_s": lambda: ("phone", (lambda n: n[:3] + " " + n[3:5] + " " + n[5:])(mobile())),
    "land_s": lambda: ("phone", " ".join(landline()[i:i + 2] for i in (0, 2, 4, 6))),
    "intl": lambda: ("phone", rnd.choice(["+47 ", "+47", "0047 "]) + mobile()),
    "intl_s": lambda: ("phone", "+47 " + (lambda n: n[:3] + " " + n[3:5] + " " + n[5:])(mobile())),
    "bad11": lambda: ("none", bad11()),
    "bad11_s": lambda: ("none", (lambda n: n[:6] + " " + n[6:])(bad11())),
    # Failing numbers introduced as identity numbers ("fnr", "personnummer"): probably mistyped ones, masked as such.
    "probable11": lambda: ("probable-id", bad11()),
    "probable11_s": lambda: ("probable-id", (lambda n: n[:6] + " " + n[6:])(bad11())),
    "org": lambda: (None, org()),
    "org_s": lambda: (None, (lambda n: n[:3] + " " + n[3:6] + " " + n[6:])(org())),
}

EMAILS = ["kari.nordmann@gmail.com", "ola_hansen88@hotmail.no", "bjørn.ås@online.no", "trine-lise@frisurf.no",
          "pål.ærlig@fjøsnes.kommune.no", "mamma.til.emil@icloud.com", "s.olsen@outlook.com", "hege+nav@live.no"]


def fill(template):
    expected = []
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        key = out[start + 1:end]
        if key == "email":
            kind, value = "email", rnd.choice(EMAILS)
        else:
            kind, value = FILL[key]()
        if kind:
            expected.append((kind, value))
        out = out[:start] + value + out[end + 1:]
    return out, expected


def main():
    print("# sentence, then per finding: type code, tab, the exact substring ('none': must not be found)."
          " Generated by make-eval-sentences.py")
    for line in open(__file__.replace("make-eval-sentences.py", "eval-templates.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        sentence, expected = fill(line)
        print("\t".join([sentence] + [x for pair in expected for x in pair]))


main()
