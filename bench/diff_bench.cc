// Diff benchmark: Align() on synthetic documents built from corpus tasks.
//
// Each side has N tasks (default runs 1k, 10k, 100k): top-level sections of
// about ten items, some items with sub-items. Task texts are 2–4 clauses drawn
// from the clauses of the corpus tasks of one language, plus — as in real
// dispatches — now and then a cited document number, a year or a place name
// with a number (the long tail that makes tasks distinguishable). The new
// side applies realistic edits to the old: 10% of tasks reworded (one clause
// replaced, a few words changed), 5% moved to another section, 5% dropped, 5%
// added. The ground truth is kept, so the run also reports how many of the
// true 1-1 correspondences the aligner recovered.
//
// Usage:
//   diff_bench [--tasks N]... [--lang en|vi]     time + peak RSS per size (one
//                                                size per process gives clean RSS)
//   diff_bench --write DIR --tasks N [--lang L]  write DIR/old.txt and DIR/new.txt
//                                                (parseable) for CLI / git comparisons
//   diff_bench --digest ...                      also print a 64-bit digest of every
//                                                change (ops, tasks, similarity bits,
//                                                redlines): an optimisation of the
//                                                aligner must leave it unchanged,
//                                                and the exact count of true pairs found
// The corpus is parsed with the grammars: run from an installed build or with
// CONGVAN_GRAMMARS=<source>/grammars (without them the bench stops).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "congvan/align.h"
#include "congvan/parse.h"

namespace {

using congvan::Document;
using congvan::Language;
using congvan::Node;

// User + system CPU seconds of this process (the machine may be shared, so
// wall time alone over-reports).
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::vector<std::string> CorpusClauses(Language lang) {
  const char* files_en[] = {"gender-equality/2024-en-qa-summary.txt",
                            "gender-equality/2025-en-news-summary.txt",
                            "gender-equality/2024-en-provincial-report.txt"};
  const char* files_vi[] = {"gender-equality/2021-vi-dispatch.txt",
                            "gender-equality/2023-vi-news-summary.txt",
                            "ocr/2023-vi-tax-inspection-dispatch-ocr.txt"};
  std::vector<std::string> clauses;
  for (const char* f : lang == Language::kEnglish ? files_en : files_vi) {
    auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/corpus/" + f);
    if (!doc.ok()) continue;
    congvan::ForEachTask(doc->tasks, [&](const Node& n, int, const Node*) {
      std::string t = n.text.str();
      size_t start = 0;
      for (size_t i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == ';' || t[i] == '.' || (t[i] == ',' && i - start > 40)) {
          std::string c = t.substr(start, i - start);
          while (!c.empty() && c.front() == ' ') c.erase(c.begin());
          if (c.size() > 12) clauses.push_back(c);
          start = i + 1;
        }
      }
    });
  }
  return clauses;
}

struct Synth {
  Document old_doc, new_doc;
  // Ground truth: old preorder index → new preorder index, for 1-1 survivors.
  std::unordered_map<int, int> truth;
};

class Generator {
 public:
  Generator(Language lang, unsigned seed) : lang_(lang), rng_(seed), clauses_(CorpusClauses(lang)) {
    // Without its corpus clauses every task would be the same sentence and
    // the run would measure nothing real (the parser needs its grammars).
    if (clauses_.empty()) {
      std::fprintf(stderr,
                   "diff_bench: no clauses read from the corpus (grammars not found? set "
                   "CONGVAN_GRAMMARS=%s/grammars)\n",
                   CONGVAN_SOURCE_DIR);
      std::exit(2);
    }
  }

  std::string Task() {
    std::uniform_int_distribution<int> k(2, 4), c(0, static_cast<int>(clauses_.size()) - 1);
    std::uniform_int_distribution<int> pct(0, 99), num(1, 99999), year(2015, 2035);
    static const char* kPlaces[] = {"Ha Giang", "Lao Cai",   "Nghe An", "Quang Tri", "Dak Lak",
                                    "Can Tho",  "Soc Trang", "Ben Tre", "Thai Binh", "Ca Mau"};
    std::string t;
    int n = k(rng_);
    for (int i = 0; i < n; ++i) {
      if (!t.empty()) t += i + 1 == n ? "; " : ", ";
      t += clauses_[static_cast<size_t>(c(rng_))];
    }
    int p = pct(rng_);
    if (p < 40) {
      t += (lang_ == Language::kEnglish ? " under Decision " : " theo Quyết định số ") +
           std::to_string(num(rng_)) + "/QD-TTg";
    } else if (p < 70) {
      t += (lang_ == Language::kEnglish ? " in " : " tại ") + std::string(kPlaces[num(rng_) % 10]) +
           " " + std::to_string(num(rng_) % 2000);
    }
    if (pct(rng_) < 30)
      t += (lang_ == Language::kEnglish ? " by " : " trong năm ") + std::to_string(year(rng_));
    return t + ".";
  }

  std::string Reword(const std::string& text) {
    std::uniform_int_distribution<int> c(0, static_cast<int>(clauses_.size()) - 1), pct(0, 99);
    std::string t = text;
    size_t cut = t.find(", ");
    if (cut != std::string::npos && pct(rng_) < 60) {
      t = clauses_[static_cast<size_t>(c(rng_))] + t.substr(cut);  // first clause replaced
    } else {
      // A few words dropped or changed.
      std::vector<std::string> words;
      size_t s = 0;
      for (size_t i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == ' ') {
          words.push_back(t.substr(s, i - s));
          s = i + 1;
        }
      }
      std::string out;
      for (size_t i = 0; i < words.size(); ++i) {
        int r = pct(rng_);
        if (r < 8) continue;
        if (!out.empty()) out += ' ';
        out += r < 16 ? (lang_ == Language::kEnglish ? "promptly" : "kịp thời") : words[i];
      }
      t = out;
    }
    return t;
  }

  int Pct() { return std::uniform_int_distribution<int>(0, 99)(rng_); }
  int Below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

 private:
  Language lang_;
  std::mt19937 rng_;
  std::vector<std::string> clauses_;
};

// A node with an id (its preorder index in the old document, or -1 when new).
struct Item {
  std::string text;
  int id = -1;
  std::vector<Item> children;
};

// `Nodes`: the document's tasks (a vector) or a node's children (a VectorBox).
template <class Nodes>
void Build(const std::vector<Item>& items, const std::string& prefix, int depth, Nodes* out,
           std::vector<int>* ids, int* line) {
  for (size_t i = 0; i < items.size(); ++i) {
    Node n;
    n.path = prefix + std::to_string(i + 1);
    n.ordinal = static_cast<int>(i + 1);
    n.marker = depth == 0 ? "(" + std::to_string(i + 1) + ")" : depth == 1 ? "-" : "+";
    n.style = depth == 0 ? "paren-number" : "dash";
    n.text = items[i].text;
    n.spans.push_back({*line, *line});
    ++*line;
    ids->push_back(items[i].id);
    out->push_back(std::move(n));
    Build(items[i].children, out->back().path + ".", depth + 1, &out->back().children, ids, line);
  }
}

Synth Make(int tasks, Language lang, unsigned seed) {
  Generator g(lang, seed);
  // Old: sections of ~10 items, 20% of items with 2 sub-items.
  std::vector<Item> old_items;
  int count = 0, next_id = 0;
  while (count < tasks) {
    Item sec{g.Task(), next_id++, {}};
    ++count;
    for (int i = 0; i < 9 && count < tasks; ++i) {
      Item it{g.Task(), next_id++, {}};
      ++count;
      if (g.Pct() < 20) {
        for (int j = 0; j < 2 && count < tasks; ++j) {
          it.children.push_back({g.Task(), next_id++, {}});
          ++count;
        }
      }
      sec.children.push_back(std::move(it));
    }
    old_items.push_back(std::move(sec));
  }
  // New: edits on items and sub-items; sections keep their text.
  std::vector<Item> new_items = old_items;
  std::vector<Item> moved;
  for (Item& sec : new_items) {
    std::vector<Item> kept;
    for (Item& it : sec.children) {
      int r = g.Pct();
      if (r < 5) continue;  // dropped (with its sub-items)
      if (r < 10) {         // moved to another section
        moved.push_back(std::move(it));
        continue;
      }
      if (r < 20) it.text = g.Reword(it.text);  // reworded
      for (Item& sub : it.children) {
        if (g.Pct() < 10) sub.text = g.Reword(sub.text);
      }
      kept.push_back(std::move(it));
      if (g.Pct() < 5) kept.push_back({g.Task(), -1, {}});  // added
    }
    sec.children = std::move(kept);
  }
  for (Item& it : moved) {
    auto& target =
        new_items[static_cast<size_t>(g.Below(static_cast<int>(new_items.size())))].children;
    target.insert(target.begin() + g.Below(static_cast<int>(target.size()) + 1), std::move(it));
  }
  Synth s;
  s.old_doc.language = s.new_doc.language = lang;
  s.old_doc.source = "synthetic-old";
  s.new_doc.source = "synthetic-new";
  std::vector<int> old_ids, new_ids;
  int line = 1;
  Build(old_items, "", 0, &s.old_doc.tasks, &old_ids, &line);
  s.old_doc.line_count = line - 1;
  line = 1;
  Build(new_items, "", 0, &s.new_doc.tasks, &new_ids, &line);
  s.new_doc.line_count = line - 1;
  for (size_t i = 0; i < new_ids.size(); ++i) {
    if (new_ids[i] >= 0) s.truth[new_ids[i]] = static_cast<int>(i);
  }
  return s;
}

// FNV-1a over everything a change says, similarity to the bit.
class Digest {
 public:
  void Bytes(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h_ = (h_ ^ b[i]) * 0x100000001B3ull;
  }
  void Int(long v) { Bytes(&v, sizeof v); }
  void Text(const std::string& s) {
    Int(static_cast<long>(s.size()));
    Bytes(s.data(), s.size());
  }
  void Change(const congvan::Change& c) {
    Int(static_cast<long>(c.op));
    for (const auto& r : c.old_nodes) Int(r.index);
    Int(-1);
    for (const auto& r : c.new_nodes) Int(r.index);
    std::uint64_t bits;
    std::memcpy(&bits, &c.similarity, sizeof bits);
    Int(static_cast<long>(bits));
    Int(c.text_changed + 2 * c.renumbered);
    Int(c.section_task_count);
    Text(c.move_reason);
    for (const auto& seg : c.redline) {
      Int(static_cast<long>(seg.op));
      Text(seg.text);
    }
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ull;
};

void WriteText(const Document& d, const std::string& path) {
  std::ofstream out(path);
  congvan::ForEachTask(
      d.tasks, [&](const Node& n, int, const Node*) { out << n.marker << " " << n.text << "\n"; });
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes;
  std::string write_dir;
  Language lang = Language::kEnglish;
  bool digest = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--tasks" && i + 1 < argc) {
      sizes.push_back(std::atoi(argv[++i]));
    } else if (a == "--write" && i + 1 < argc) {
      write_dir = argv[++i];
    } else if (a == "--digest") {
      digest = true;
    } else if (a == "--lang" && i + 1 < argc) {
      lang = std::string(argv[++i]) == "vi" ? Language::kVietnamese : Language::kEnglish;
    } else {
      std::fprintf(stderr,
                   "usage: diff_bench [--tasks N]... [--lang en|vi] [--write DIR] [--digest]\n");
      return 2;
    }
  }
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  if (!write_dir.empty()) {
    Synth s = Make(sizes.front(), lang, 42);
    WriteText(s.old_doc, write_dir + "/old.txt");
    WriteText(s.new_doc, write_dir + "/new.txt");
    std::printf("wrote %s/old.txt (%d tasks) and %s/new.txt (%d tasks)\n", write_dir.c_str(),
                s.old_doc.TaskCount(), write_dir.c_str(), s.new_doc.TaskCount());
    return 0;
  }
  std::printf("%-5s %-8s %-8s %-9s %-8s %-12s %-12s %-10s\n", "lang", "old", "new", "wall_s",
              "cpu_s", "rss_docs_MB", "rss_peak_MB", "recall_1to1");
  for (int n : sizes) {
    Synth s = Make(n, lang, 42);
    double rss_docs = PeakRssMb();
    double cpu0 = CpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    congvan::Alignment a = congvan::Align(s.old_doc, s.new_doc).value();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = CpuSeconds() - cpu0;
    double rss_peak = PeakRssMb();
    // Recall of true correspondences (old index → new index) among the changes.
    int found = 0;
    for (const congvan::Change& c : a.changes) {
      for (const auto& o : c.old_nodes) {
        auto it = s.truth.find(o.index);
        if (it == s.truth.end()) continue;
        for (const auto& nn : c.new_nodes) found += nn.index == it->second ? 1 : 0;
      }
    }
    std::printf("%-5s %-8d %-8d %-9.3f %-8.3f %-12.1f %-12.1f %-10.3f\n",
                lang == Language::kEnglish ? "en" : "vi", s.old_doc.TaskCount(),
                s.new_doc.TaskCount(), secs, cpu, rss_docs, rss_peak,
                s.truth.empty() ? 0.0 : double(found) / double(s.truth.size()));
    if (digest) {
      Digest d;
      for (const congvan::Change& c : a.changes) d.Change(c);
      std::printf("digest %016llx (%zu changes; %d of %zu true 1-1 pairs found)\n",
                  static_cast<unsigned long long>(d.value()), a.changes.size(), found,
                  s.truth.size());
    }
    std::fflush(stdout);
  }
  return 0;
}
