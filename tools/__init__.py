"""I/O at the edges: the K/3 client, the material resolver, the DingTalk client."""

__all__: list[str] = []
