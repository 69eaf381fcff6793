// A document's subject vocabulary: the features that most of its articles
// use, whatever each article is about.
//
// The decree 102/2017 → 99/2022 on registering security interests says
// "thế chấp", "tài sản bảo đảm", "đăng ký", "người yêu cầu đăng ký", "(01
// bản chính)" in article after article. Two provisions of articles that are
// not counterparts can share those words and little else — old Điều 32's
// "Hợp đồng thế chấp tàu biển (01 bản chính hoặc 01 bản sao có chứng
// thực);" and new Điều 26's "Hợp đồng thế chấp quyền tài sản phát sinh từ
// hợp đồng mua bán nhà ở (…)" — and TF-IDF, which counts a word rare when
// few *provisions* hold it, weighs them as if they said what the provisions
// do.
// Approach: per version, count the innermost articles (an article, or a
// division without divisions under it) whose subtree holds each feature
// (the feature space's subtree vectors: one pass over each article's
// entries); a feature is subject vocabulary when it is in more than
// `kArticleShare` (a fifth) of the articles of *both* versions.
// Both, because a word that only one version uses everywhere is that
// version's new or dropped subject, which says something when it turns up
// elsewhere (one version's share alone changed 221 links on the unseen laws,
// right ones among them: DESIGN); and a feature counted per article, not per provision, so that
// an article that repeats a word in every clause counts once. A document
// with fewer than `kMinArticles` articles in either version has none (a
// share of a handful of articles is no vocabulary).
#ifndef CONGVAN_SRC_ALIGN_SUBJECT_VOCABULARY_H_
#define CONGVAN_SRC_ALIGN_SUBJECT_VOCABULARY_H_

#include <vector>

#include "align/align_input.h"

namespace congvan::align_internal {

class SubjectVocabulary {
 public:
  static constexpr int kMinArticles = 10;
  static constexpr double kArticleShare = 0.2;

  // Counts both versions' articles; `share` is the fraction of articles a
  // feature must be in, in both versions.
  SubjectVocabulary(const AlignInput& input, double share);

  bool Contains(int feature_id) const {
    return feature_id >= 0 && static_cast<size_t>(feature_id) < subject_.size() &&
           subject_[static_cast<size_t>(feature_id)];
  }
  // `v` without the subject vocabulary.
  ProjectedVector Without(const SparseVector& v) const;
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  std::vector<bool> subject_;  // by feature id
  int size_ = 0;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_SUBJECT_VOCABULARY_H_
