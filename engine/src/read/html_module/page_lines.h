// Inside the HTML module: the lines of a page (read/html_module.h,
// HtmlModule::page_lines).
#ifndef CONGVAN_READ_HTML_MODULE_PAGE_LINES_H_
#define CONGVAN_READ_HTML_MODULE_PAGE_LINES_H_

#include <string_view>
#include <vector>

#include "read/html_module.h"

namespace congvan::read {

bool PageLines(std::string_view utf8, HtmlListLabel label, std::vector<HtmlLine>& lines);

}  // namespace congvan::read

#endif  // CONGVAN_READ_HTML_MODULE_PAGE_LINES_H_
