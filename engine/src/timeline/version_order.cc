// VersionOrder(): where each version goes in a timeline.
//
// Approach: every version gets a rank — its year, or its year's place in an
// explicit order — and a date key, and a stable sort by (rank, date key) is
// the order. A series is not always one version a year: the wage-adjustment
// circulars of the Ministry of Labour came out in January and in December of
// 2023 (01/2023/TT-BLĐTBXH, 20/2023/TT-BLĐTBXH), so the rank alone left them
// in whatever order the files were given, and a timeline could run backwards
// without a word. Within one rank the issue date (Document::meta.date, ISO
// 8601, so it sorts as text) decides — but only when every version of that
// rank has one: comparing dated with undated versions would not be an
// order, so such a group keeps the input order, as every group did before —
// and says so: each of its versions is marked placed by input order
// (TimelineVersion::placed_by_input_order), as is a version whose year is
// unknown (it goes last), so the CLI names them on stderr and the JSON
// carries the flag. A version alone in its year is placed by its year.
// When the years themselves are wrong — the Công báo copy of 19/VBHN-VPQH
// (2020) names no date of its own and is read as of 2014, the year of the
// law it consolidates — the reader keeps the order given (keep_input_order).
#include "timeline/version_order.h"

#include <algorithm>
#include <climits>
#include <map>
#include <numeric>
#include <string>

namespace congvan::timeline_internal {
namespace {

Status BadOrder(std::string message) {
  return Status::Error(StatusCode::kInvalidArgument, std::move(message));
}

// Per version: its year's place in `order` (the explicit order's rank).
Result<std::vector<int>> RanksInOrder(const std::vector<Document>& versions,
                                      const std::vector<int>& order) {
  for (size_t i = 0; i < order.size(); ++i) {
    if (std::find(order.begin(), order.begin() + static_cast<long>(i), order[i]) !=
        order.begin() + static_cast<long>(i)) {
      return BadOrder("year " + std::to_string(order[i]) + " appears twice in the order");
    }
  }
  std::vector<int> rank(versions.size(), INT_MAX);
  for (size_t v = 0; v < versions.size(); ++v) {
    const Document& d = versions[v];
    if (!d.meta.year) {
      return BadOrder(d.source +
                      ": the year of this version is unknown, so the order cannot place it");
    }
    auto it = std::find(order.begin(), order.end(), *d.meta.year);
    if (it == order.end()) {
      return BadOrder(d.source + ": year " + std::to_string(*d.meta.year) + " is not in the order");
    }
    rank[v] = static_cast<int>(it - order.begin());
  }
  return rank;
}

// Per rank: whether every version of it has an issue date, and how many
// versions it has.
struct RankDating {
  bool all_dated = true;
  int versions = 0;
};

std::map<int, RankDating> DatingByRank(const std::vector<Document>& versions,
                                       const std::vector<int>& rank) {
  std::map<int, RankDating> by_rank;
  for (size_t v = 0; v < versions.size(); ++v) {
    RankDating& r = by_rank[rank[v]];
    r.all_dated = r.all_dated && !versions[v].meta.date.empty();
    ++r.versions;
  }
  return by_rank;
}

// Per version: its issue date when every version of its rank has one, else
// "" (the whole rank then keeps the input order).
std::vector<std::string> DateKeys(const std::vector<Document>& versions,
                                  const std::vector<int>& rank,
                                  const std::map<int, RankDating>& by_rank) {
  std::vector<std::string> key(versions.size());
  for (size_t v = 0; v < versions.size(); ++v) {
    if (rank[v] != INT_MAX && by_rank.at(rank[v]).all_dated) key[v] = versions[v].meta.date;
  }
  return key;
}

// Per version: whether only the input order placed it — its year is unknown
// (such versions go last), or it shares its year with undated versions.
std::vector<bool> ByInputOrder(const std::vector<int>& rank,
                               const std::map<int, RankDating>& by_rank) {
  std::vector<bool> by_input(rank.size());
  for (size_t v = 0; v < rank.size(); ++v) {
    const RankDating& r = by_rank.at(rank[v]);
    by_input[v] = rank[v] == INT_MAX || (r.versions > 1 && !r.all_dated);
  }
  return by_input;
}

}  // namespace

Result<VersionPlaces> VersionOrder(const std::vector<Document>& versions,
                                   const TimelineOptions& options) {
  const std::vector<int>& order = options.order;
  if (options.keep_input_order) {  // chosen by the reader: nothing to say
    if (!order.empty()) return BadOrder("an order by year and the order given are exclusive");
    VersionPlaces places;
    places.order.resize(versions.size());
    std::iota(places.order.begin(), places.order.end(), size_t{0});
    places.by_input_order.assign(versions.size(), false);
    return places;
  }
  std::vector<int> rank(versions.size(), INT_MAX);
  if (!order.empty()) {
    Result<std::vector<int>> ranked = RanksInOrder(versions, order);
    if (!ranked.ok()) return ranked.status();
    rank = std::move(ranked).value();
  } else {
    for (size_t v = 0; v < versions.size(); ++v) {
      if (versions[v].meta.year) rank[v] = *versions[v].meta.year;
    }
  }
  const std::map<int, RankDating> by_rank = DatingByRank(versions, rank);
  std::vector<std::string> date = DateKeys(versions, rank, by_rank);
  VersionPlaces places;
  places.order.resize(versions.size());
  std::iota(places.order.begin(), places.order.end(), size_t{0});
  std::stable_sort(places.order.begin(), places.order.end(), [&](size_t a, size_t b) {
    if (rank[a] != rank[b]) return rank[a] < rank[b];
    return date[a] < date[b];
  });
  places.by_input_order = ByInputOrder(rank, by_rank);
  return places;
}

}  // namespace congvan::timeline_internal
