"""One page per case section; each takes the document in its constructor and listens to it."""
