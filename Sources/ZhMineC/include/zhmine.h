/*
 * zhmine.h — the C ABI of ZhMine (library product ZhMineC: libZhMineC.so / libZhMineC.dylib).
 *
 * One opaque handle owns the lexicon and the extractors; every capability is one call that
 * takes UTF-8 text (pointer + length in bytes, no terminator needed) and an optional options
 * object as a NUL-terminated JSON string (NULL or "" for the defaults), and returns a
 * NUL-terminated UTF-8 JSON string that the caller frees with zhmine_free. The JSON is what the
 * CLI prints (`zhmine extract --format json` etc.): the same writers produce it.
 *
 * Errors never crash or exit: a call returns NULL and fills *error (when error is not NULL)
 * with a code and a one-line message (the line the CLI would print, e.g.
 * "zhmine: report.txt: invalid UTF-8 at byte 12"); free the message with zhmine_free.
 * Offsets in records are Unicode scalar offsets into the text (Python str indices).
 *
 * Thread safety: all calls on one handle may run concurrently from any number of threads.
 * zhmine_close must not race with other calls on the same handle.
 *
 *     zhmine_error err = {0, NULL};
 *     zhmine *z = zhmine_open(NULL, &err);
 *     const char *text = "全年地区生产总值增长8%左右。";
 *     char *json = zhmine_extract(z, text, strlen(text), NULL, &err);
 *     if (json) { puts(json); zhmine_free(json); } else { fputs(err.message, stderr); zhmine_free(err.message); }
 *     zhmine_close(z);
 */
#ifndef ZHMINE_H
#define ZHMINE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error codes (zhmine_error.code). */
#define ZHMINE_OK 0
#define ZHMINE_ERROR_ARGUMENT 1  /* a NULL handle, bad options JSON, an unknown option value */
#define ZHMINE_ERROR_DECODE 2    /* the text or file is not valid in its encoding / format */
#define ZHMINE_ERROR_IO 3        /* a file cannot be read (missing, too large, a directory …) */
#define ZHMINE_ERROR_LEXICON 4   /* the lexicon or a dictionary cannot be loaded */

typedef struct zhmine zhmine;

typedef struct zhmine_error {
    int code;       /* ZHMINE_OK or one of the codes above */
    char *message;  /* one line, UTF-8, NUL-terminated; free with zhmine_free; NULL when code is 0 */
} zhmine_error;

/* Options: {"dict": ["user.txt", …], "jieba": "dict.txt", "no_jieba": false, "no_icu": false,
 *           "lexicon": "compiled.zmlex"} (the CLI's lexicon options). NULL on failure. */
zhmine *zhmine_open(const char *options_json, zhmine_error *error);
void zhmine_close(zhmine *handle);
/* Frees a string returned by any call (results and error messages). NULL is ignored. */
void zhmine_free(char *string);
/* The library version, a static string (do not free). */
const char *zhmine_version(void);

/* Target and actual records, a JSON array (`zhmine extract --format json`).
 * Options: {"doc": "name shown in the doc field", "year": 2024}. */
char *zhmine_extract(zhmine *handle, const char *text, size_t length, const char *options_json, zhmine_error *error);
/* Number records, a JSON array (`zhmine numbers --format json`). No options. */
char *zhmine_numbers(zhmine *handle, const char *text, size_t length, const char *options_json, zhmine_error *error);
/* Entity records (`zhmine entities --format json`). Options: {"unique": false}. */
char *zhmine_entities(zhmine *handle, const char *text, size_t length, const char *options_json, zhmine_error *error);
/* Keyword records {word, weight, count} (`zhmine keywords --format json`).
 * Options: {"top": 20, "method": "tfidf"|"textrank", "pos": ["n", "vn"], "allow_single": false,
 *           "keep_boilerplate": false, "phrases": true, "idf": "idf.txt", "lexicon_idf": false}. */
char *zhmine_keywords(zhmine *handle, const char *text, size_t length, const char *options_json, zhmine_error *error);
/* Tokens as a JSON array of strings, in order, the text between tokens (line breaks, spaces)
 * included so that the tokens concatenate to the text in accurate mode; with "pos": true an array
 * of [word, pos] pairs. Options: {"mode": "accurate"|"search"|"full"|"icu", "pos": false,
 * "unknown_words": true, "separator": "\u001f"}. Non-space tokens equal `zhmine segment`'s.
 * With "separator" (one character the text does not contain, else an error) the result is not
 * JSON but the tokens joined by it (word, sep, pos, sep, word … with "pos"): the fast path of
 * bindings, which split it in one call. */
char *zhmine_segment(zhmine *handle, const char *text, size_t length, const char *options_json, zhmine_error *error);
/* The diff of two reports' targets (`zhmine diff --format json`).
 * Options: {"old_name": "old", "new_name": "new"}. */
char *zhmine_diff(zhmine *handle, const char *old_text, size_t old_length, const char *new_text, size_t new_length,
                  const char *options_json, zhmine_error *error);
/* Reads and decodes a file (.txt/.md in any supported encoding, .html, .docx):
 * {"text": "…", "encoding": "gb18030", "substitutions": 0}.
 * Options: {"encoding": "auto"|"utf8"|"gb18030"|…, "lossy": false, "max_bytes": 536870912}. */
char *zhmine_read(zhmine *handle, const char *path, const char *options_json, zhmine_error *error);
/* The panel of a `zhmine batch` archive (`zhmine panel ARCHIVE --format json`, the same reader):
 * {"rows": [...the CLI's records...], "warnings": ["…", …]} where warnings are the lines the CLI
 * prints to stderr (reports that could not be read again). Options: {"jurisdiction": ["全国", …],
 * "indicator": ["gdp_growth", …], "from": 2019, "to": 2023}. A missing file or one that is not an
 * archive is ZHMINE_ERROR_IO with the CLI's line. */
char *zhmine_panel(zhmine *handle, const char *archive_path, const char *options_json, zhmine_error *error);
/* Every target record of an archive's done documents, a JSON array ordered by document path then
 * text position: the fields of `zhmine extract --format json` ("doc" is the document's path), then
 * the document's "title", "jurisdiction" and "report_year". No options. Errors as zhmine_panel. */
char *zhmine_archive_targets(zhmine *handle, const char *archive_path, const char *options_json, zhmine_error *error);

#ifdef __cplusplus
}
#endif

#endif /* ZHMINE_H */
