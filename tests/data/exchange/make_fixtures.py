#!/usr/bin/env python3
"""Writes the hostile-package and encoding fixtures of tests/exchange (run once, commit output).

Every hostile package is otherwise a plausible Shuyuan package, so each test proves that one
specific check refuses it."""
import hashlib, io, json, os, stat, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

CATALOG = {
    "format": "shuyuan-catalog", "version": 1,
    "catalog": {"uuid": "6a0c3c57-1d2e-4c7e-9a55-0d1f0e9b0001", "name": "测试目录",
                "department": "广东省测试局", "uscc": "11440000MB2C12345X", "region": "440000",
                "profile_id": "gd-public-data", "profile_version": "1",
                "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                "attrs": {}},
    "offices": [{"uuid": "6a0c3c57-1d2e-4c7e-9a55-0d1f0e9b0002", "parent": None, "code": "01",
                 "name": "办公室", "position": 0, "attrs": {}}],
    "resources": [{"uuid": "6a0c3c57-1d2e-4c7e-9a55-0d1f0e9b0003",
                   "office": "6a0c3c57-1d2e-4c7e-9a55-0d1f0e9b0002", "code": "300001/1",
                   "name": "测试资源", "summary": "摘要", "grade": "g2", "secret": False,
                   "sharing": "1", "opening": "3", "update_cycle": "monthly", "format": "db",
                   "status": "draft", "records": 10, "bytes": 100,
                   "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                   "attrs": {}, "items": [{"uuid": "6a0c3c57-1d2e-4c7e-9a55-0d1f0e9b0004",
                                           "position": 0, "name": "名称", "data_type": "C",
                                           "length": 50, "attrs": {}}]}],
    "products": [], "registrations": [], "attachments": []}


def manifest(files, version=1, drop_hash=None, wrong_hash=None):
    entries = []
    for path, data in files:
        e = {"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        if path == drop_hash:
            del e["sha256"]
        if path == wrong_hash:
            e["sha256"] = hashlib.sha256(data + b"x").hexdigest()
        entries.append(e)
    return json.dumps({"format": "shuyuan-package", "version": version, "kind": "submission",
                       "draft": True, "generator": "fixture", "created": "2026-01-01T00:00:00Z",
                       "files": entries}, ensure_ascii=False, indent=1).encode()


def package(name, files, extra=(), **kw):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest(files, **kw))
        for p, d in files:
            z.writestr(p, d)
        for item in extra:
            z.writestr(*item) if isinstance(item, tuple) else z.writestr(item[0], item[1])
    return path


catalog = json.dumps(CATALOG, ensure_ascii=False).encode()
good = [("catalog.json", catalog)]
package("good.sypkg", good)
package("unknown-version.sypkg", good, version=99)
package("missing-hash.sypkg", good, drop_hash="catalog.json")
package("wrong-hash.sypkg", good, wrong_hash="catalog.json")
package("unlisted.sypkg", good, extra=[("tables/extra.csv", b"a,b\n")])
package("zip-slip.sypkg", good, extra=[("../evil.txt", b"owned")])
package("absolute-path.sypkg", good, extra=[("/tmp/evil.txt", b"owned")])

# Duplicate entry: zipfile warns but writes it.
import warnings
warnings.simplefilter("ignore")
package("duplicate.sypkg", good, extra=[("catalog.json", catalog)])

# A symbolic link entry (Unix mode S_IFLNK in the external attributes).
path = package("symlink.sypkg", good)
with zipfile.ZipFile(path, "a") as z:
    info = zipfile.ZipInfo("attachments/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    z.writestr(info, "/etc/passwd")

# A bomb: 64 MiB of zeros deflate to about 64 KiB.
with zipfile.ZipFile(os.path.join(HERE, "bomb.sypkg"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", manifest(good))
    z.writestr("catalog.json", catalog)
    z.writestr("attachments/zeros.bin", b"\0" * (64 * 1024 * 1024))

# Truncated: a good package cut in the middle of its data.
data = open(os.path.join(HERE, "good.sypkg"), "rb").read()
with zipfile.ZipFile(io.BytesIO(data)) as z:
    pass
big = [("catalog.json", catalog), ("tables/big.csv", os.urandom(20000))]
package("big.sypkg", big)
raw = open(os.path.join(HERE, "big.sypkg"), "rb").read()
open(os.path.join(HERE, "truncated.sypkg"), "wb").write(raw[: len(raw) // 2])
os.remove(os.path.join(HERE, "big.sypkg"))

# GBK CSV as saved by Chinese Excel: no BOM, CRLF, a quoted field with an embedded newline and
# a doubled quote.
rows = [
    "信息资源名称,信息资源代码,信息资源摘要,共享类型,所属处室,更新周期",
    "企业登记信息,300001/1,\"第一行\r\n第二行，含逗号\",无条件共享,登记处,每月",
    "\"许可\"\"证\"\"信息\",300001/2,普通摘要,有条件共享,许可处,每两月",
]
open(os.path.join(HERE, "gbk-newlines.csv"), "wb").write(("\r\n".join(rows) + "\r\n").encode("gbk"))
# The same in UTF-8 with BOM and semicolons; and tab-separated UTF-8 without BOM.
open(os.path.join(HERE, "utf8-bom-semicolon.csv"), "wb").write(
    b"\xef\xbb\xbf" + "\n".join(r.replace(",", ";") if i == 0 else r.replace(",无", ";无").replace(",有", ";有")
                                for i, r in enumerate(rows[:1])).encode() + b"\n"
    + "企业登记信息;300001/1;摘要;无条件共享;登记处\n".encode())
open(os.path.join(HERE, "utf8-tab.csv"), "wb").write(
    "信息资源名称\t信息资源代码\t更新周期\n企业登记信息\t300001/1\t每月\n".encode())
print("fixtures written")
