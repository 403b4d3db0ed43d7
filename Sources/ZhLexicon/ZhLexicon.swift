// ZhLexicon
