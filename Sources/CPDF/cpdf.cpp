// CPDF — implementation over poppler-cpp (see include/cpdf.h). The headers are reached by their
// path under /usr/include (pkg-config --cflags poppler-cpp gives -I/usr/include/poppler/cpp; the
// headers include each other with quotes, so no include flag is needed).
//
// libpoppler-cpp is not linked: it is opened (dlopen) on the first PDF. Linked, it and the 23
// libraries it pulls in (NSS, freetype, fontconfig, image codecs …) were loaded and relocated by
// every process — 14 M of the 31 M instructions of dynamic linking of `zhmine segment` on one
// line, and ~4 MB of resident memory — although only PDF input needs them. The headers give the
// types; the few functions called are looked up by their symbol (Itanium C++ ABI, the library's
// stable API since soname 0) and called through plain function pointers with `this` first.
#include "cpdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <dlfcn.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace {

std::mutex popplerLock;

/// The functions of libpoppler-cpp that the shim calls, found once in the library opened on first use.
/// A member function is called as a function whose first argument is the object (`self`); a result
/// returned in memory (ustring, byte_array, std::string) keeps its hidden pointer, as for any function.
struct Poppler {
    using Document = poppler::document;
    using Page = poppler::page;
    using UString = std::basic_string<unsigned short>;  // poppler::ustring adds no data to its base

    Document *(*loadFromRawData)(const char *, int, const std::string &, const std::string &);
    void (*destroyDocument)(Document *);
    bool (*isLocked)(const Document *);
    int (*pageCount)(const Document *);
    Page *(*createPage)(const Document *, int);
    void (*destroyPage)(Page *);
    UString (*pageText)(const Page *, const poppler::rectf &, poppler::page::text_layout_enum);
    poppler::byte_array (*toUTF8)(const UString *);
    void (*setDebugErrorFunction)(poppler::debug_func, void *);
    std::string (*versionString)();

    /// The library's functions, or nullptr when it or one of them is missing (opened once, never closed).
    static const Poppler *shared() {
        static const Poppler *loaded = load();
        return loaded;
    }

private:
    static const Poppler *load() {
#ifdef __APPLE__
        void *library = dlopen("libpoppler-cpp.dylib", RTLD_NOW | RTLD_LOCAL);
#else
        void *library = dlopen("libpoppler-cpp.so.0", RTLD_NOW | RTLD_LOCAL);
#endif
        if (!library) return nullptr;
        auto *p = new (std::nothrow) Poppler();
        if (!p) return nullptr;
        bool found = find(library, p->loadFromRawData,
                          "_ZN7poppler8document18load_from_raw_dataEPKciRKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESA_")
            && find(library, p->destroyDocument, "_ZN7poppler8documentD1Ev")
            && find(library, p->isLocked, "_ZNK7poppler8document9is_lockedEv")
            && find(library, p->pageCount, "_ZNK7poppler8document5pagesEv")
            && find(library, p->createPage, "_ZNK7poppler8document11create_pageEi")
            && find(library, p->destroyPage, "_ZN7poppler4pageD1Ev")
            && find(library, p->pageText, "_ZNK7poppler4page4textERKNS_9rectangleIdEENS0_16text_layout_enumE")
            && find(library, p->toUTF8, "_ZNK7poppler7ustring7to_utf8Ev")
            && find(library, p->setDebugErrorFunction,
                    "_ZN7poppler24set_debug_error_functionEPFvRKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEPvES8_")
            && find(library, p->versionString, "_ZN7poppler14version_stringB5cxx11Ev");
        if (!found) {
            delete p;
            return nullptr;
        }
        return p;
    }

    template <typename Function> static bool find(void *library, Function &function, const char *symbol) {
        function = reinterpret_cast<Function>(dlsym(library, symbol));
        return function != nullptr;
    }
};

/// Owns a poppler object made by the library and destroys it there (its destructor, then `delete`'s free).
template <typename T> struct Owned {
    T *object;
    void (*destroy)(T *);
    ~Owned() {
        if (!object) return;
        destroy(object);
        ::operator delete(object);
    }
};

// Poppler reports syntax errors of damaged files on stderr; ZhMine reports one line of its own.
void quiet(const std::string &, void *) {}

int32_t extract(const Poppler &p, const uint8_t *data, size_t length, int32_t maxPages, size_t maxTextBytes,
                std::string &out, int32_t *pages) {
    if (length > static_cast<size_t>(INT_MAX)) return CPDF_DAMAGED;
    p.setDebugErrorFunction(quiet, nullptr);
    const std::string noPassword;
    Owned<poppler::document> doc{
        p.loadFromRawData(reinterpret_cast<const char *>(data), static_cast<int>(length), noPassword, noPassword),
        p.destroyDocument};
    if (!doc.object) return CPDF_DAMAGED;
    if (p.isLocked(doc.object)) return CPDF_ENCRYPTED;
    const int count = p.pageCount(doc.object);
    *pages = count;
    if (count < 0) return CPDF_DAMAGED;
    if (count > maxPages) return CPDF_TOO_MANY_PAGES;
    int missing = 0;
    for (int i = 0; i < count; ++i) {
        Owned<poppler::page> page{p.createPage(doc.object, i), p.destroyPage};
        if (i > 0) out.push_back('\f');
        if (!page.object) { ++missing; continue; }
        const Poppler::UString text = p.pageText(page.object, poppler::rectf(), poppler::page::non_raw_non_physical_layout);
        poppler::byte_array utf8 = p.toUTF8(&text);
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
    const Poppler *poppler = Poppler::shared();
    if (!poppler) return CPDF_UNAVAILABLE;
    try {
        std::string out;
        int32_t status = extract(*poppler, data, length, maxPages, maxTextBytes, out, pages);
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
    const Poppler *poppler = Poppler::shared();
    std::string v = poppler ? poppler->versionString() : std::string("unavailable");
    std::strncpy(buffer, v.c_str(), static_cast<size_t>(capacity) - 1);
    buffer[capacity - 1] = 0;
}
