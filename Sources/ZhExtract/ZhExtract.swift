// ZhExtract
