// ZhSegment
