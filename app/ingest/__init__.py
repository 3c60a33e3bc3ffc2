"""Reading inputs, running extraction, merging across articles, storing."""
