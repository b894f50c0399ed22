"""Start the EstateDesk client: `python main.py [--server HOST[:PORT]] [--lang zh_CN|en]`."""

from app.main import main

if __name__ == "__main__":
    raise SystemExit(main())
