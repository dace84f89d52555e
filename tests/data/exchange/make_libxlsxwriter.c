#include <xlsxwriter.h>
static void fill(lxw_workbook *wb) {
    lxw_worksheet *a = workbook_add_worksheet(wb, "数据资源");
    lxw_worksheet *b = workbook_add_worksheet(wb, "信息项");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_write_string(a, 0, 0, "信息资源名称", NULL);
    worksheet_write_string(a, 0, 1, "结构化记录数", NULL);
    worksheet_write_string(a, 0, 2, "发布日期", NULL);
    worksheet_write_string(a, 0, 3, "涉密属性", NULL);
    worksheet_write_string(a, 0, 4, "合计", NULL);
    worksheet_write_string(a, 1, 0, "企业登记信息", NULL);
    worksheet_write_number(a, 1, 1, 1234, NULL);
    lxw_datetime dt = {2025, 3, 1, 0, 0, 0};
    worksheet_write_datetime(a, 1, 2, &dt, date);
    worksheet_write_boolean(a, 1, 3, 1, NULL);
    worksheet_write_formula_num(a, 1, 4, "=B2*2", NULL, 2468);
    worksheet_write_string(a, 3, 5, "稀疏", NULL);
    worksheet_write_string(b, 0, 0, "信息项名称", NULL);
    worksheet_write_string(b, 1, 0, "统一社会信用代码", NULL);
}
int main(void) {
    lxw_workbook *wb = workbook_new("libxlsxwriter.xlsx");
    fill(wb);
    workbook_close(wb);
    lxw_workbook_options o = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    wb = workbook_new_opt("libxlsxwriter-inline.xlsx", &o);
    fill(wb);
    workbook_close(wb);
    return 0;
}
