// Enumerates ICU's CJK word dictionary (cjdict) — the C++ part of the shim.
//
// cjdict lives in ICU's "brkitr" data tree. Its memory starts with an int32
// index array whose first entry is the byte offset of a UCharsTrie mapping each
// word to a cost (lower is more frequent). UCharsTrie::Iterator walks it.
#include "cicu.h"

#include <unicode/udata.h>
#include <unicode/ucharstrie.h>
#include <unicode/unistr.h>

#include <cstring>
#include <dlfcn.h>

namespace {
struct DictData {
    UDataMemory *memory = nullptr;
    const uint8_t *bytes = nullptr;
    int32_t trieOffset = 0;
    int32_t totalSize = 0;
    bool open() {
        UErrorCode status = U_ZERO_ERROR;
        memory = udata_open(U_ICUDATA_NAME "-brkitr", "dict", "cjdict", &status);
        if (U_FAILURE(status) || memory == nullptr) { memory = nullptr; return false; }
        bytes = static_cast<const uint8_t *>(udata_getMemory(memory));
        const int32_t *indexes = reinterpret_cast<const int32_t *>(bytes);
        trieOffset = indexes[0];   // IX_STRING_TRIE_OFFSET
        totalSize = indexes[3];    // IX_TOTAL_SIZE
        const int32_t trieType = indexes[4];
        if ((trieType & 7) != 1 /* UCharsTrie */ || trieOffset <= 0 || totalSize <= trieOffset) {
            close();
            return false;
        }
        return true;
    }
    void close() {
        if (memory) udata_close(memory);
        memory = nullptr;
    }
};
}  // namespace

extern "C" int32_t cicu_cjdict_enumerate(void *context, cicu_word_callback callback, int64_t *count) {
    *count = 0;
    DictData data;
    if (!data.open()) return CICU_UNSUPPORTED;
    const char16_t *trie = reinterpret_cast<const char16_t *>(data.bytes + data.trieOffset);
    UErrorCode status = U_ZERO_ERROR;
    icu::UCharsTrie::Iterator it(trie, 0, status);
    int32_t result = CICU_OK;
    while (U_SUCCESS(status) && it.next(status)) {
        const icu::UnicodeString &word = it.getString();
        *count += 1;
        if (callback(context, reinterpret_cast<const uint16_t *>(word.getBuffer()), word.length(),
                     it.getValue()) != 0) {
            break;
        }
    }
    if (U_FAILURE(status)) result = CICU_FAILURE;
    data.close();
    return result;
}

extern "C" int32_t cicu_cjdict_fingerprint(uint64_t *size, uint64_t *hash) {
    *size = 0; *hash = 0;
    DictData data;
    if (!data.open()) return CICU_UNSUPPORTED;
    // A word-at-a-time multiply/rotate hash over the dictionary bytes (~2 MB, well under 1 ms).
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ static_cast<uint64_t>(data.totalSize);
    int32_t i = 0;
    for (; i + 8 <= data.totalSize; i += 8) {
        uint64_t w;
        memcpy(&w, data.bytes + i, 8);
        h = (h ^ (w * 0xBF58476D1CE4E5B9ULL));
        h = ((h << 27) | (h >> 37)) * 0x94D049BB133111EBULL;
    }
    for (; i < data.totalSize; i++) {
        h = (h ^ data.bytes[i]) * 0x100000001B3ULL;
    }
    h ^= h >> 31;
    *size = static_cast<uint64_t>(data.totalSize);
    *hash = h;
    data.close();
    return CICU_OK;
}

extern "C" int32_t cicu_cjdict_location(char *path, int32_t capacity) {
    if (capacity <= 0) return CICU_BUFFER_TOO_SMALL;
    path[0] = 0;
    DictData data;
    if (!data.open()) return CICU_UNSUPPORTED;
    Dl_info info;
    int found = dladdr(data.bytes, &info);
    data.close();
    if (found == 0 || info.dli_fname == nullptr || info.dli_fname[0] != '/') return CICU_UNSUPPORTED;
    if (static_cast<int32_t>(strlen(info.dli_fname)) >= capacity) return CICU_BUFFER_TOO_SMALL;
    strcpy(path, info.dli_fname);
    return CICU_OK;
}
