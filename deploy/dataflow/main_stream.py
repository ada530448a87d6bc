"""Flex Template entry point of the streaming job: template parameters arrive as --name=value."""

import sys

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main(["stream", *sys.argv[1:]]))
