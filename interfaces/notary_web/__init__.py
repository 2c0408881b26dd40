"""The notary's web client: server-rendered shells, plain JavaScript calling /graphql."""
