"""The desktop side of sync, by seam: the conversation with the store (base), values between the wire and the
local file (values), push, incremental pull, full restore, and the local views of sync state (local).
`sync.client.SyncClient` puts them together."""
