/*
 * The C ABI from C: open a handle, run each call, check errors (codes and one-line messages),
 * and run 8 threads on one handle against the single-thread result. Built and run by `make test`:
 *   cc -I Sources/ZhMineC/include Tests/CABI/zhmine_c_test.c -L DIR -lZhMineC -lpthread
 * Exit status 0 when every check holds; each failure prints one line.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhmine.h"

static int failures = 0;

#define CHECK(cond, ...)                                             \
    do {                                                             \
        if (!(cond)) {                                               \
            failures++;                                              \
            fprintf(stderr, "zhmine_c_test:%d: ", __LINE__);         \
            fprintf(stderr, __VA_ARGS__);                            \
            fputc('\n', stderr);                                     \
        }                                                            \
    } while (0)

static const char *TEXT =
    "2021年工作安排\n"
    "全市地区生产总值增长8%左右，一般公共预算收入增长6%，城镇新增就业5万人以上。\n"
    "株洲市科技局推进中国动力谷建设。\n";

static zhmine *handle;
static char *expected;

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) {
        zhmine_error err = {0, NULL};
        char *json = zhmine_extract(handle, TEXT, strlen(TEXT), NULL, &err);
        CHECK(json && strcmp(json, expected) == 0, "thread result differs from the serial one");
        zhmine_free(json);
    }
    return NULL;
}

int main(void) {
    zhmine_error err = {0, NULL};
    handle = zhmine_open(NULL, &err);
    CHECK(handle != NULL, "zhmine_open: %s", err.message ? err.message : "?");
    if (!handle) return 1;
    CHECK(strlen(zhmine_version()) > 0, "no version");

    expected = zhmine_extract(handle, TEXT, strlen(TEXT), "{\"doc\": \"c.txt\", \"year\": 2021}", &err);
    CHECK(expected && err.code == ZHMINE_OK, "extract failed: %s", err.message ? err.message : "?");
    CHECK(expected && strstr(expected, "\"indicator\": \"地区生产总值\""), "no GDP target in %s", expected ? expected : "NULL");
    CHECK(expected && strstr(expected, "\"doc\": \"c.txt\""), "doc option ignored");
    zhmine_free(expected);
    expected = zhmine_extract(handle, TEXT, strlen(TEXT), NULL, &err);

    const char *calls[] = {"numbers", "entities", "keywords", "segment"};
    char *(*functions[])(zhmine *, const char *, size_t, const char *, zhmine_error *) = {
        zhmine_numbers, zhmine_entities, zhmine_keywords, zhmine_segment};
    for (int i = 0; i < 4; i++) {
        char *json = functions[i](handle, TEXT, strlen(TEXT), NULL, &err);
        CHECK(json && json[0] == '[' && err.code == 0, "%s failed: %s", calls[i], err.message ? err.message : "?");
        zhmine_free(json);
    }
    char *diff = zhmine_diff(handle, TEXT, strlen(TEXT), TEXT, strlen(TEXT), NULL, &err);
    CHECK(diff && diff[0] == '{', "diff failed: %s", err.message ? err.message : "?");
    zhmine_free(diff);

    /* Errors: codes and one-line messages, never a crash. */
    const char bad[] = {'8', '%', (char)0xff, (char)0xfe, 0};
    char *none = zhmine_extract(handle, bad, 4, NULL, &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_DECODE, "invalid UTF-8 accepted (code %d)", err.code);
    CHECK(err.message && strncmp(err.message, "zhmine: <text>: ", 16) == 0 && !strchr(err.message, '\n'),
          "bad message: %s", err.message ? err.message : "NULL");
    zhmine_free(err.message);
    none = zhmine_numbers(NULL, TEXT, strlen(TEXT), NULL, &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_ARGUMENT, "NULL handle accepted");
    zhmine_free(err.message);
    none = zhmine_keywords(handle, TEXT, strlen(TEXT), "{\"top\": ", &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_ARGUMENT, "broken options JSON accepted");
    zhmine_free(err.message);
    none = zhmine_segment(handle, TEXT, strlen(TEXT), "{\"mode\": \"sideways\"}", &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_ARGUMENT, "unknown mode accepted");
    zhmine_free(err.message);
    none = zhmine_read(handle, "/nonexistent/report.txt", NULL, &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_IO && strstr(err.message, "/nonexistent/report.txt"),
          "missing file: code %d %s", err.code, err.message ? err.message : "NULL");
    zhmine_free(err.message);
    none = zhmine_panel(handle, "/nonexistent/archive.sqlite", NULL, &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_IO && err.message &&
          strcmp(err.message, "zhmine: /nonexistent/archive.sqlite: no such file") == 0,
          "missing archive: code %d %s", err.code, err.message ? err.message : "NULL");
    zhmine_free(err.message);
    none = zhmine_archive_targets(handle, NULL, NULL, &err);
    CHECK(none == NULL && err.code == ZHMINE_ERROR_ARGUMENT, "NULL archive path accepted");
    zhmine_free(err.message);
    none = zhmine_extract(handle, NULL, 5, NULL, NULL); /* NULL error pointer: still no crash */
    CHECK(none == NULL, "NULL text accepted");
    zhmine_error failed_open = {0, NULL};
    CHECK(zhmine_open("{\"dict\": [\"/nonexistent/user.txt\"]}", &failed_open) == NULL && failed_open.code == ZHMINE_ERROR_IO,
          "open with a missing dictionary: code %d", failed_open.code);
    zhmine_free(failed_open.message);
    zhmine_free(NULL);

    /* Eight threads on one handle. */
    pthread_t threads[8];
    for (int i = 0; i < 8; i++) pthread_create(&threads[i], NULL, worker, NULL);
    for (int i = 0; i < 8; i++) pthread_join(threads[i], NULL);

    zhmine_free(expected);
    zhmine_close(handle);
    if (failures == 0) printf("zhmine_c_test: all checks passed\n");
    return failures == 0 ? 0 : 1;
}
