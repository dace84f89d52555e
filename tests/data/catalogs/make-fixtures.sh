#!/bin/sh
# Re-creates the catalog fixtures with the sqlite3 tool. The outputs are committed, so tests do
# not need sqlite3; run this only when the fixtures must change.
#   catalog-v1.sycat   a catalog of schema version 1 (before the search index), with data
#   future.sycat       the same file claiming schema version 99
#   foreign.sqlite     an SQLite database that is not a Shuyuan catalog
#   garbage.sycat      text that is not SQLite at all
#   truncated.sycat    catalog-v1.sycat cut to half its size
#   corrupt.sycat      catalog-v1.sycat with one b-tree page overwritten
# Not made here: demo-v2.sycat, a schema version 2 file written by Shuyuan itself before version 3
# (`shuyuan-cli demo --resources 12 --seed 7 --date 2026-01-15`, then journal_mode = DELETE); a
# later Shuyuan cannot write version 2 any more, so it is kept as it is.
set -eu
cd "$(dirname "$0")"
rm -f catalog-v1.sycat future.sycat foreign.sqlite garbage.sycat truncated.sycat corrupt.sycat
sqlite3 catalog-v1.sycat < catalog-v1.sql
cp catalog-v1.sycat future.sycat
sqlite3 future.sycat "PRAGMA user_version = 99"
sqlite3 foreign.sqlite "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES('hello');"
printf 'name,code\n企业登记信息,301001/000001\n' > garbage.sycat
size=$(stat -c %s catalog-v1.sycat)
head -c $((size / 2)) catalog-v1.sycat > truncated.sycat
cp catalog-v1.sycat corrupt.sycat
page=$(sqlite3 catalog-v1.sycat "PRAGMA page_size")
root=$(sqlite3 catalog-v1.sycat "SELECT rootpage FROM sqlite_schema WHERE name = 'resources'")
# Overwrite the resources table's root page, keeping the file size.
head -c "$page" /dev/zero | tr '\0' '\377' | dd of=corrupt.sycat bs="$page" seek=$((root - 1)) conv=notrunc status=none
