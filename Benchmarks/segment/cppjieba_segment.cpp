// cppjieba as a whole-process segmentation peer for Benchmarks/segment/peers.py.
//   cppjieba_segment DICT_DIR FILE [--no-hmm]
// Reads FILE line by line, writes one line per input line, tokens separated by one space
// (white-space tokens dropped), like every other peer. DICT_DIR holds cppjieba's
// jieba.dict.utf8, hmm_model.utf8, user.dict.utf8, idf.utf8 and stop_words.utf8.
// Built by peers.py against the headers of the cppjieba-py sdist from PyPI (not committed).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>
#include "cppjieba/Jieba.hpp"

static bool isSpaceToken(const std::string& w) {
    for (unsigned char c : w) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return true;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: cppjieba_segment DICT_DIR FILE [--no-hmm]\n");
        return 64;
    }
    const std::string dir = argv[1];
    const bool hmm = !(argc > 3 && std::string(argv[3]) == "--no-hmm");
    std::ifstream in(argv[2]);
    if (!in) {
        std::fprintf(stderr, "cppjieba_segment: %s: cannot open\n", argv[2]);
        return 1;
    }
    cppjieba::Jieba jieba(dir + "/jieba.dict.utf8", dir + "/hmm_model.utf8", dir + "/user.dict.utf8",
                          dir + "/idf.utf8", dir + "/stop_words.utf8");
    std::ios::sync_with_stdio(false);
    std::string line, out;
    std::vector<std::string> words;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        words.clear();
        jieba.Cut(line, words, hmm);
        out.clear();
        bool first = true;
        for (const auto& w : words) {
            if (isSpaceToken(w)) continue;
            if (!first) out.push_back(' ');
            out += w;
            first = false;
        }
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return 0;
}
