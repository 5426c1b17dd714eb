import argparse

import pytest
import uvicorn

from datesleuth.cli import serve_command


def _parse(argv):
    parser = argparse.ArgumentParser(prog="datesleuth")
    serve_command.register(parser.add_subparsers())
    return parser.parse_args(["serve", *argv])


def test_the_service_binds_localhost_unless_told_otherwise(monkeypatch):
    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(options, app=app))
    args = _parse([])
    assert args.func(args) == 0
    assert (started["host"], started["port"]) == ("127.0.0.1", 8000)
    assert started["app"].title == "datesleuth"


def test_limits_are_options_and_must_be_positive(capsys):
    args = _parse(["--host", "0.0.0.0", "--port", "9000", "--max-body", "500", "--timeout", "2.5"])
    assert (args.host, args.port, args.max_body, args.timeout) == ("0.0.0.0", 9000, 500, 2.5)
    with pytest.raises(SystemExit):
        _parse(["--timeout", "0"])
    assert "must be above zero" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_outside_0_to_65535_is_refused_by_the_parser(capsys, port):
    with pytest.raises(SystemExit):
        _parse(["--port", port])
    assert "argument --port: " in capsys.readouterr().err


def test_port_0_asks_the_system_for_a_free_port():
    assert _parse(["--port", "0"]).port == 0
