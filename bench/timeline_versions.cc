// Timeline benchmark input: N versions of one real corpus text, each the
// previous one with small edits, written as files for `congvan timeline`.
//
// Approach: the source text (default: the 2021 gender-equality dispatch) is
// parsed once to find its editable lines — leaf tasks written on one line
// with a bullet marker ("-", "+"), so that dropping or adding one never
// breaks a numbered sequence. Each next version then rewords about a tenth
// of those bullets (one clause replaced by a clause of another corpus task of
// the same language, or a few words dropped or changed), and drops --churn
// percent of them (at least one, default 5) and adds as many new ones made of
// corpus clauses — the way an annual guidance drifts, and the way lineages
// keep starting and ending over many versions. Everything outside the bullets (letterhead,
// addressees, numbered headings, signature) stays as written, so every version parses like the
// original. A fixed seed makes the files reproducible.
//
// Usage:
//   timeline_versions --versions N --out DIR [--source corpus/REL.txt] [--churn PCT]
//                     [--seed S]
// writes DIR/v0001.txt ... DIR/vNNNN.txt (names sort in version order; the
// versions share the source's year, so the timeline keeps the input order).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/parse.h"

namespace {

using congvan::Document;
using congvan::Node;

struct Line {
  std::string text;
  bool bullet = false;  // an editable leaf task: "<marker> <text>" on one line
};

// Clauses of every task of `doc` (split at ';' and '.', long ones at ',').
void AddClauses(const Document& doc, std::vector<std::string>* clauses) {
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    std::string_view t = n.text;
    size_t start = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      if (i == t.size() || t[i] == ';' || t[i] == '.' || (t[i] == ',' && i - start > 40)) {
        std::string c(t.substr(start, i - start));
        while (!c.empty() && c.front() == ' ') c.erase(c.begin());
        if (c.size() > 12) clauses->push_back(c);
        start = i + 1;
      }
    }
  });
}

// The source's lines, bullets marked (1-based line numbers of one-line leaf
// tasks whose marker is a bullet).
std::vector<Line> SourceLines(const std::string& text, const Document& doc) {
  std::set<int> bullets;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (!n.children.empty() || (n.marker != "-" && n.marker != "+")) return;
    if (n.lines().first == n.lines().last) bullets.insert(n.lines().first);
  });
  std::vector<Line> lines;
  std::istringstream in(text);
  std::string s;
  for (int number = 1; std::getline(in, s); ++number) {
    lines.push_back({s, bullets.count(number) > 0});
  }
  return lines;
}

class Editor {
 public:
  Editor(std::vector<std::string> clauses, unsigned seed)
      : clauses_(std::move(clauses)), rng_(seed) {}

  // One version's edits, in place: a tenth of the bullets reworded, and
  // `churn_pct` percent (at least one) dropped and as many added.
  void Edit(std::vector<Line>* lines, int churn_pct) {
    std::vector<size_t> bullets = Bullets(*lines);
    if (bullets.empty()) return;
    size_t rewords = std::max<size_t>(1, bullets.size() / 10);
    for (size_t k = 0; k < rewords; ++k) {
      Line& l = (*lines)[bullets[Below(bullets.size())]];
      l.text = Reword(l.text);
    }
    size_t churn = std::max<size_t>(1, bullets.size() * static_cast<size_t>(churn_pct) / 100);
    for (size_t k = 0; k < churn && bullets.size() > 2; ++k) {
      lines->erase(lines->begin() + static_cast<long>(bullets[Below(bullets.size())]));
      bullets = Bullets(*lines);
    }
    for (size_t k = 0; k < churn; ++k) {
      size_t after = bullets[Below(bullets.size())];
      std::string marker = (*lines)[after].text.substr(0, (*lines)[after].text.find(' '));
      std::string text = Clause() + ", " + Clause() + ".";
      lines->insert(lines->begin() + static_cast<long>(after) + 1, Line{marker + " " + text, true});
      bullets = Bullets(*lines);
    }
  }

 private:
  static std::vector<size_t> Bullets(const std::vector<Line>& lines) {
    std::vector<size_t> out;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].bullet) out.push_back(i);
    }
    return out;
  }
  size_t Below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  int Pct() { return std::uniform_int_distribution<int>(0, 99)(rng_); }
  const std::string& Clause() { return clauses_[Below(clauses_.size())]; }

  // "<marker> <text>": one clause replaced, or a few words dropped.
  std::string Reword(const std::string& line) {
    size_t space = line.find(' ');
    std::string marker = line.substr(0, space), text = line.substr(space + 1);
    size_t cut = text.find(", ");
    if (cut != std::string::npos && Pct() < 50) return marker + " " + Clause() + text.substr(cut);
    std::istringstream words(text);
    std::string w, out;
    while (words >> w) {
      if (Pct() < 8) continue;
      out += (out.empty() ? "" : " ") + w;
    }
    return marker + " " + (out.empty() ? text : out);
  }

  std::vector<std::string> clauses_;
  std::mt19937 rng_;
};

int Usage() {
  std::fprintf(stderr,
               "usage: timeline_versions --versions N --out DIR [--source corpus/REL.txt] "
               "[--churn PCT] [--seed S]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int versions = 0, churn_pct = 5;
  unsigned seed = 2021;
  std::string out_dir, source = "gender-equality/2021-vi-dispatch.txt";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--versions")
      versions = std::atoi(v.c_str());
    else if (a == "--out")
      out_dir = v;
    else if (a == "--source")
      source = v;
    else if (a == "--churn")
      churn_pct = std::atoi(v.c_str());
    else if (a == "--seed")
      seed = static_cast<unsigned>(std::atoi(v.c_str()));
    else
      return Usage();
  }
  if (versions < 1 || out_dir.empty() || argc % 2 == 0) return Usage();
  std::string path = std::string(CONGVAN_SOURCE_DIR) + "/corpus/" + source;
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto doc = congvan::ParseFile(path);
  if (!in || !doc.ok()) {
    std::fprintf(stderr, "timeline_versions: cannot read %s\n", path.c_str());
    return 1;
  }
  std::vector<std::string> clauses;
  AddClauses(*doc, &clauses);
  if (clauses.empty()) clauses.push_back(text.substr(0, 40));
  std::vector<Line> lines = SourceLines(text, *doc);
  Editor editor(std::move(clauses), seed);
  std::filesystem::create_directories(out_dir);
  for (int v = 1; v <= versions; ++v) {
    if (v > 1) editor.Edit(&lines, churn_pct);
    char name[32];
    std::snprintf(name, sizeof name, "/v%04d.txt", v);
    std::ofstream out(out_dir + name, std::ios::binary);
    for (const Line& l : lines) out << l.text << '\n';
    if (!out) {
      std::fprintf(stderr, "timeline_versions: cannot write %s%s\n", out_dir.c_str(), name);
      return 1;
    }
  }
  return 0;
}
