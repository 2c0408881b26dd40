"""Writes the schema's SDL to schema.graphql, the published contract for integrators (introspection is off in
production). Regenerate after any schema change: `python -m interfaces.graphql.export`."""

from pathlib import Path

from interfaces.graphql.schema import schema

SDL_FILE = Path(__file__).with_name("schema.graphql")


def sdl() -> str:
    return f"{schema.as_str()}\n"


def main() -> None:
    SDL_FILE.write_text(sdl(), encoding="utf-8")
    print(f"Schéma écrit dans {SDL_FILE}")


if __name__ == "__main__":
    main()
