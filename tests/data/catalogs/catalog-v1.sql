-- Schema version 1 of a Shuyuan catalog, exactly as app/store/Schema.cpp version1() creates it,
-- with a small department catalog in it. make-fixtures.sh turns this into catalog-v1.sycat.
PRAGMA journal_mode = DELETE;
BEGIN;
PRAGMA application_id = 1398358849;
CREATE TABLE catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    uscc TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    profile_id TEXT NOT NULL DEFAULT '',
    profile_version TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES offices(id),
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE INDEX offices_parent ON offices(parent_id);
CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    office_id INTEGER REFERENCES offices(id),
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    secret INTEGER NOT NULL DEFAULT 0,
    sharing TEXT NOT NULL DEFAULT '',
    opening TEXT NOT NULL DEFAULT '',
    update_cycle TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    records INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    item_count INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE INDEX resources_code ON resources(code);
CREATE INDEX resources_name ON resources(name);
CREATE INDEX resources_office ON resources(office_id);
CREATE INDEX resources_grade ON resources(grade);
CREATE INDEX resources_sharing ON resources(sharing);
CREATE INDEX resources_opening ON resources(opening);
CREATE INDEX resources_update_cycle ON resources(update_cycle);
CREATE INDEX resources_format ON resources(format);
CREATE INDEX resources_status ON resources(status);
CREATE INDEX resources_records ON resources(records);
CREATE INDEX resources_bytes ON resources(bytes);
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    data_type TEXT NOT NULL DEFAULT '',
    length INTEGER NOT NULL DEFAULT 0,
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE INDEX items_resource ON items(resource_id, position);
CREATE INDEX items_name ON items(name);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    office_id INTEGER REFERENCES offices(id),
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    reg_type TEXT NOT NULL DEFAULT '',
    object_type TEXT NOT NULL DEFAULT '',
    object_uuid TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    form_number TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}');
CREATE INDEX registrations_object ON registrations(object_uuid);
CREATE INDEX registrations_status ON registrations(status);
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    owner_uuid TEXT NOT NULL DEFAULT '',
    bytes INTEGER NOT NULL,
    data BLOB NOT NULL,
    created TEXT NOT NULL);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT,
    user TEXT NOT NULL DEFAULT '',
    time TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE INDEX audit_uuid ON audit(uuid);
INSERT INTO catalog VALUES(1, '6f1d2a3e-0000-4000-8000-000000000001', '广州市示例局公共数据资源目录',
    '广州市示例局', '11440100MB2C92054H', '440100', 'gd-public-data', '2025.1',
    '2024-03-01T08:00:00.000Z', '2024-03-01T08:00:00.000Z', '{"contact":"王芳"}');
INSERT INTO offices VALUES(1, 'a0000000-0000-4000-8000-000000000001', NULL, 'BG', '办公室', 0, '{}');
INSERT INTO offices VALUES(2, 'a0000000-0000-4000-8000-000000000002', NULL, 'DJ', '登记科', 1, '{}');
INSERT INTO resources VALUES(1, 'b0000000-0000-4000-8000-000000000001', 2, '101001/000001', '企业登记信息',
    '本局在企业登记过程中采集的企业基本信息', 'g3', 0, '1', '2', '2', '3', 'published', 120000, 60000000, 3,
    '2024-03-01T08:00:00.000Z', '2024-03-02T08:00:00.000Z', '{"share_condition":"无条件","open_condition":"经申请审核后开放"}');
INSERT INTO resources VALUES(2, 'b0000000-0000-4000-8000-000000000002', 1, '301001/000002', '公文收发登记信息',
    '办公室公文收发记录', 'g2', 0, '2', '3', '2', '2', 'draft', 5000, 1000000, 1,
    '2024-03-01T09:00:00.000Z', '2024-03-01T09:00:00.000Z', '{"share_condition":"仅限本单位内部使用"}');
INSERT INTO items VALUES(1, 'c0000000-0000-4000-8000-000000000001', 1, 0, '统一社会信用代码', 'C', 18, '{"authoritative":true}');
INSERT INTO items VALUES(2, 'c0000000-0000-4000-8000-000000000002', 1, 1, '企业名称', 'C', 200, '{}');
INSERT INTO items VALUES(3, 'c0000000-0000-4000-8000-000000000003', 1, 2, '法定代表人', 'C', 50, '{"sensitive":true}');
INSERT INTO items VALUES(4, 'c0000000-0000-4000-8000-000000000004', 2, 0, '文号', 'C', 50, '{}');
PRAGMA user_version = 1;
COMMIT;
