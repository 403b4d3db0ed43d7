// ICU's own UCharsTrie as a benchmark baseline for ZhMine's DoubleArrayTrie.
// Used only by zhmine-bench; the product does not call these functions.
#ifndef ZHMINE_CICU_TRIE_BENCH_H
#define ZHMINE_CICU_TRIE_BENCH_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Builds a UCharsTrie (USTRINGTRIE_BUILD_SMALL) from `count` keys: key i is the UTF-16
/// code units `units[offsets[i] ..< offsets[i + 1]]` with value `values[i]`. Keys must be
/// distinct. Returns an opaque handle (NULL on failure) and the trie's size in bytes.
void *cicu_ucharstrie_build(const uint16_t *units, const int32_t *offsets, const int32_t *values,
                            int32_t count, int32_t *byteSize);

/// 1 and `*value` when `key` is in the trie, else 0.
int32_t cicu_ucharstrie_exact(const void *trie, const uint16_t *key, int32_t length, int32_t *value);

/// Number of keys that are prefixes of `text[start...]` and at most `maxScalars` scalars
/// long; adds their values to `*valueSum`.
int32_t cicu_ucharstrie_prefix_count(const void *trie, const uint16_t *text, int32_t length, int32_t start,
                                     int32_t maxScalars, int64_t *valueSum);

void cicu_ucharstrie_free(void *trie);

#ifdef __cplusplus
}
#endif

#endif
