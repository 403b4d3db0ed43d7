// ICU UCharsTrie baseline for the trie benchmark (see cicu_trie_bench.h).
#include "cicu_trie_bench.h"

#include <unicode/ucharstrie.h>
#include <unicode/ucharstriebuilder.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace {
struct Handle {
    icu::UnicodeString storage;  // owns the serialized trie
};
}  // namespace

extern "C" void *cicu_ucharstrie_build(const uint16_t *units, const int32_t *offsets, const int32_t *values,
                                       int32_t count, int32_t *byteSize) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UCharsTrieBuilder builder(status);
    for (int32_t i = 0; i < count && U_SUCCESS(status); ++i) {
        icu::UnicodeString key(reinterpret_cast<const char16_t *>(units + offsets[i]), offsets[i + 1] - offsets[i]);
        builder.add(key, values[i], status);
    }
    if (U_FAILURE(status)) return nullptr;
    Handle *handle = new Handle();
    builder.buildUnicodeString(USTRINGTRIE_BUILD_SMALL, handle->storage, status);
    if (U_FAILURE(status)) {
        delete handle;
        return nullptr;
    }
    *byteSize = handle->storage.length() * 2;
    return handle;
}

extern "C" int32_t cicu_ucharstrie_exact(const void *trie, const uint16_t *key, int32_t length, int32_t *value) {
    const Handle *handle = static_cast<const Handle *>(trie);
    icu::UCharsTrie t(handle->storage.getBuffer());
    UStringTrieResult result = USTRINGTRIE_NO_MATCH;
    for (int32_t i = 0; i < length; ++i) {
        result = i == 0 ? t.first(key[0]) : t.next(key[i]);
        if (!USTRINGTRIE_MATCHES(result)) return 0;
    }
    if (length == 0 || !USTRINGTRIE_HAS_VALUE(result)) return 0;
    *value = t.getValue();
    return 1;
}

extern "C" int32_t cicu_ucharstrie_prefix_count(const void *trie, const uint16_t *text, int32_t length, int32_t start,
                                                int32_t maxScalars, int64_t *valueSum) {
    const Handle *handle = static_cast<const Handle *>(trie);
    icu::UCharsTrie t(handle->storage.getBuffer());
    int32_t found = 0, scalars = 0;
    int32_t i = start;
    bool first = true;
    while (i < length && scalars < maxScalars) {
        UStringTrieResult result = USTRINGTRIE_NO_MATCH;
        const int32_t unitsInScalar = (U16_IS_LEAD(text[i]) && i + 1 < length && U16_IS_TRAIL(text[i + 1])) ? 2 : 1;
        for (int32_t k = 0; k < unitsInScalar; ++k) {
            result = first ? t.first(text[i + k]) : t.next(text[i + k]);
            first = false;
            if (!USTRINGTRIE_MATCHES(result)) return found;
        }
        i += unitsInScalar;
        scalars += 1;
        if (USTRINGTRIE_HAS_VALUE(result)) {
            found += 1;
            *valueSum += t.getValue();
        }
        if (!USTRINGTRIE_HAS_NEXT(result)) break;
    }
    return found;
}

extern "C" void cicu_ucharstrie_free(void *trie) { delete static_cast<Handle *>(trie); }
