// CPDF — implementation over poppler-cpp (see include/cpdf.h). The headers are reached by their
// path under /usr/include (pkg-config --cflags poppler-cpp gives -I/usr/include/poppler/cpp; the
// headers include each other with quotes, so no include flag is needed).
#include "cpdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-version.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>

namespace {

std::mutex popplerLock;

// Poppler reports syntax errors of damaged files on stderr; ZhMine reports one line of its own.
void quiet(const std::string &, void *) {}

int32_t extract(const uint8_t *data, size_t length, int32_t maxPages, size_t maxTextBytes,
                std::string &out, int32_t *pages) {
    if (length > static_cast<size_t>(INT_MAX)) return CPDF_DAMAGED;
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(reinterpret_cast<const char *>(data), static_cast<int>(length)));
    if (!doc) return CPDF_DAMAGED;
    if (doc->is_locked()) return CPDF_ENCRYPTED;
    const int count = doc->pages();
    *pages = count;
    if (count < 0) return CPDF_DAMAGED;
    if (count > maxPages) return CPDF_TOO_MANY_PAGES;
    int missing = 0;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (i > 0) out.push_back('\f');
        if (!page) { ++missing; continue; }
        poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
        size_t size = utf8.size();
        while (size > 0 && utf8[size - 1] == '\f') --size;  // poppler ends a page with its own form feed
        if (out.size() + size > maxTextBytes) return CPDF_TOO_MUCH_TEXT;
        out.append(utf8.data(), size);
    }
    // A page tree whose pages cannot be had (a truncated or broken file) is damage, not a scan.
    if (count == 0 || missing == count) return CPDF_DAMAGED;
    return CPDF_OK;
}

}  // namespace

extern "C" int32_t cpdf_extract_text(const uint8_t *data, size_t length, int32_t maxPages, size_t maxTextBytes,
                                     char **text, size_t *textLength, int32_t *pages) {
    *text = nullptr;
    *textLength = 0;
    *pages = 0;
    std::lock_guard<std::mutex> guard(popplerLock);
    try {
        std::string out;
        int32_t status = extract(data, length, maxPages, maxTextBytes, out, pages);
        if (status != CPDF_OK) return status;
        char *buffer = static_cast<char *>(std::malloc(out.size() + 1));
        if (!buffer) return CPDF_FAILURE;
        std::memcpy(buffer, out.data(), out.size());
        buffer[out.size()] = 0;
        *text = buffer;
        *textLength = out.size();
        return CPDF_OK;
    } catch (...) {
        return CPDF_FAILURE;
    }
}

extern "C" void cpdf_free(char *text) { std::free(text); }

extern "C" void cpdf_version(char *buffer, int32_t capacity) {
    if (capacity <= 0) return;
    std::string v = poppler::version_string();
    std::strncpy(buffer, v.c_str(), static_cast<size_t>(capacity) - 1);
    buffer[capacity - 1] = 0;
}
