// The stamp a module's table carries (engine/src/read/module_stamp.h) and
// the loader's verdict on it (StaleTableReason, module_opener.h): any change
// to a table's function list, to the size of a type it exchanges or to the
// table's size gives another stamp, and another stamp is refused.
#include <catch2/catch.hpp>

#include "corpus/sqlite_module.h"
#include "read/archive_module.h"
#include "read/html_module.h"
#include "read/module_opener.h"
#include "read/pdf_module.h"

using congvan::read::ModuleStamp;
using congvan::read::StaleTableReason;
using congvan::read::StampOf;

namespace {

struct TwoFunctions {
  ModuleStamp stamp;
  int (*first)(int);
  int (*second)(int);
};

}  // namespace

TEST_CASE("A table's stamp changes with its function list and exchanged types", "[read][modules]") {
  constexpr ModuleStamp base = StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {8});
  CHECK(base.table_size == sizeof(TwoFunctions));
  CHECK(base == StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {8}));
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*first)(long); int (*second)(int);", {8}).signature);
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*second)(int); int (*first)(int);", {8}).signature);
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {16}).signature);
  // Each module's stamp is its own and sizes its own table.
  CHECK(congvan::read::kPdfModuleStamp.table_size == sizeof(congvan::read::PdfModule));
  CHECK(congvan::read::kArchiveModuleStamp.table_size == sizeof(congvan::read::ArchiveModule));
  CHECK(congvan::read::kHtmlModuleStamp.table_size == sizeof(congvan::read::HtmlModule));
  CHECK(congvan::corpus::kSqliteModuleStamp.table_size == sizeof(congvan::corpus::SqliteModule));
  CHECK(congvan::read::kHtmlModuleStamp.signature != congvan::read::kPdfModuleStamp.signature);
}

TEST_CASE("A table stamped otherwise than this build is refused with both stamps named",
          "[read][modules]") {
  ModuleStamp expected{24, 7};
  CHECK(StaleTableReason(expected, expected).empty());
  std::string other_size = StaleTableReason(expected, {32, 7});
  CHECK_THAT(other_size, Catch::Contains("another build") && Catch::Contains("32 bytes") &&
                             Catch::Contains("24 bytes"));
  CHECK_THAT(StaleTableReason(expected, {24, 8}),
             Catch::Contains("signature 8") && Catch::Contains("signature 7"));
}
