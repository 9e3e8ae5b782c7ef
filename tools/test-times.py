#!/usr/bin/env python3
"""Where a test run's time went: per class from surefire/failsafe XML reports, slowest first.

Usage: python3 tools/test-times.py [reports folder ...] [--top N]
(default target/surefire-reports and target/failsafe-reports). Prints each class's time and test count, each
folder's sum, and the slowest single tests, so a change to the suite can be measured class by class.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

args = [a for a in sys.argv[1:] if not a.startswith("--")]
top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 30
if "--top" in sys.argv:
    args.remove(str(top))
folders = [pathlib.Path(a) for a in args] or [pathlib.Path("target/surefire-reports"),
                                               pathlib.Path("target/failsafe-reports")]
for folder in folders:
    if not folder.exists():
        continue
    for sub in sorted({p.parent for p in folder.rglob("TEST-*.xml")}):
        classes, cases = [], []
        for report in sub.glob("TEST-*.xml"):
            suite = ET.parse(report).getroot()
            classes.append((float(suite.get("time", 0)), int(suite.get("tests", 0)), suite.get("name")))
            for case in suite.iter("testcase"):
                cases.append((float(case.get("time", 0)), case.get("classname", "").rsplit(".", 1)[-1]
                              + "." + case.get("name", "")))
        classes.sort(reverse=True)
        cases.sort(reverse=True)
        print(f"== {sub}: {len(classes)} classes, {sum(c[1] for c in classes)} tests, "
              f"{sum(c[0] for c in classes):.0f} s summed over classes")
        for seconds, tests, name in classes[:top]:
            print(f"{seconds:8.1f} s {tests:4d}  {name}")
        print(f"-- slowest tests in {sub.name}")
        for seconds, name in cases[:top]:
            print(f"{seconds:8.1f} s  {name}")
