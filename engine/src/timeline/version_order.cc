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
// order, so such a group keeps the input order, as every group did before.
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

// Per version: its issue date when every version of its rank has one, else
// "" (the whole rank then keeps the input order).
std::vector<std::string> DateKeys(const std::vector<Document>& versions,
                                  const std::vector<int>& rank) {
  std::map<int, bool> all_dated;
  for (size_t v = 0; v < versions.size(); ++v) {
    auto [it, first] = all_dated.emplace(rank[v], true);
    it->second = it->second && !versions[v].meta.date.empty();
  }
  std::vector<std::string> key(versions.size());
  for (size_t v = 0; v < versions.size(); ++v) {
    if (rank[v] != INT_MAX && all_dated[rank[v]]) key[v] = versions[v].meta.date;
  }
  return key;
}

}  // namespace

Result<std::vector<size_t>> VersionOrder(const std::vector<Document>& versions,
                                         const std::vector<int>& order) {
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
  std::vector<std::string> date = DateKeys(versions, rank);
  std::vector<size_t> idx(versions.size());
  std::iota(idx.begin(), idx.end(), size_t{0});
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
    if (rank[a] != rank[b]) return rank[a] < rank[b];
    return date[a] < date[b];
  });
  return idx;
}

}  // namespace congvan::timeline_internal
