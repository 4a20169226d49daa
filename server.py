"""The web server: ``python server.py`` serves the store named by ``KG_STORE`` on 127.0.0.1:8080
(``KG_HOST``/``KG_PORT`` to change); in production run ``waitress-serve server:app`` (README)."""
import os

from kg.web import create_app

app = create_app()

if __name__ == "__main__":
    from kg.web.serve import serve
    serve(app, host=os.environ.get("KG_HOST", "127.0.0.1"), port=int(os.environ.get("KG_PORT", "8080")))
