// ZhStore
