// The stamp a module's table carries (engine/src/read/module_stamp.h) and
// the loader's verdict on it (StaleTableReason, module_opener.h): any change
// to a table's function list, to the size of a type it exchanges or to the
// table's size gives another stamp, and another stamp is refused.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "corpus/sqlite_module.h"
#include "read/archive_module.h"
#include "read/html_module.h"
#include "read/module_opener.h"
#include "read/pdf_module.h"

using congvan::read::ModuleStamp;
using congvan::read::StaleTableReason;
using congvan::read::StampOf;
using congvan::read::TypeSpelling;

namespace {

struct TwoFunctions {
  ModuleStamp stamp;
  int (*first)(int);
  int (*second)(int);
};

// Two tables whose function lists read the same, "int (*first)(Callback);",
// where Callback is another type in each: only the spelled member types
// tell them apart (html_module.h's HtmlListLabel retyped from int to long
// long, seen by the review of session 34).
using IntCallback = int (*)(int value);
using LongCallback = int (*)(long long value);
struct IntCallbackTable {
  ModuleStamp stamp;
  int (*first)(IntCallback);
};
struct LongCallbackTable {
  ModuleStamp stamp;
  int (*first)(LongCallback);
};

}  // namespace

TEST_CASE("A table's stamp sees the type behind a callback's alias", "[read][modules]") {
  constexpr std::string_view text = "int (*first)(Callback);";
  constexpr ModuleStamp with_int =
      StampOf<IntCallbackTable>(text, {}, {TypeSpelling<decltype(IntCallbackTable::first)>()});
  constexpr ModuleStamp with_long =
      StampOf<LongCallbackTable>(text, {}, {TypeSpelling<decltype(LongCallbackTable::first)>()});
  CHECK(with_int.table_size == with_long.table_size);
  CHECK(with_int.signature != with_long.signature);
}

TEST_CASE("A table's stamp changes with its function list and exchanged types", "[read][modules]") {
  constexpr ModuleStamp base =
      StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {8}, {});
  CHECK(base.table_size == sizeof(TwoFunctions));
  CHECK(base == StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {8}, {}));
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*first)(long); int (*second)(int);", {8}, {}).signature);
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*second)(int); int (*first)(int);", {8}, {}).signature);
  CHECK(base.signature !=
        StampOf<TwoFunctions>("int (*first)(int); int (*second)(int);", {16}, {}).signature);
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
