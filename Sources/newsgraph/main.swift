import NewsgraphKit
print("newsgraph (skeleton)")
