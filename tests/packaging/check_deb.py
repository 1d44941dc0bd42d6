#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the .deb with CPack, then checks it the way a user would meet it.

The package is built into its own folder (cpack -B) so this test never touches files other
tests read, unpacked with dpkg-deb -x into a throw-away root, and the installed parley-cli is
run from there: --version must print the project version, and extract on an installed sample
article must succeed and find something in it.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

APP_ID = "io.parley.Parley"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".md")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)
    return condition


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def source_files(folder, suffix=None):
    """Files under folder, relative to it, as the package should carry them."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            if suffix is None or name.endswith(suffix):
                found.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(found)


def build_deb(build_dir, out_dir):
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    config = os.path.join(build_dir, "CPackConfig.cmake")
    result = run(["cpack", "-G", "DEB", "--config", config, "-B", out_dir], cwd=build_dir)
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n")
        sys.exit("cpack failed with exit code %d" % result.returncode)
    debs = [f for f in os.listdir(out_dir) if f.endswith(".deb")]
    if len(debs) != 1:
        sys.exit("expected one .deb in %s, found %s" % (out_dir, debs))
    return os.path.join(out_dir, debs[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--cli", required=True, help="parley-cli of the build tree, to compare")
    parser.add_argument("--gui", action="store_true", help="the build has the parley GUI target")
    args = parser.parse_args()

    for tool in ("cpack", "dpkg-deb", "dpkg-shlibdeps"):
        if shutil.which(tool) is None:
            print("%s is not installed (scripts/setup installs dpkg-dev); skipping" % tool)
            return 77

    deb = build_deb(args.build, args.out)
    name = os.path.basename(deb)
    print("built " + name)
    check(name == "parley_%s_amd64.deb" % args.version,
          "package file name %s, expected parley_%s_amd64.deb" % (name, args.version))

    # Control fields: dependencies found by dpkg-shlibdeps, not written by hand.
    control = run(["dpkg-deb", "-f", deb]).stdout
    print(control)
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", control, re.MULTILINE))
    check(fields.get("Package") == "parley", "Package field is %r" % fields.get("Package"))
    check(fields.get("Version") == args.version, "Version field is %r" % fields.get("Version"))
    check(fields.get("Architecture") == "amd64", "Architecture is %r" % fields.get("Architecture"))
    depends = fields.get("Depends", "")
    check(re.search(r"\blibqt6core6\b", depends), "Depends lacks libqt6core6: %r" % depends)
    check(re.search(r"\blibstdc\+\+6\b", depends), "Depends lacks libstdc++6: %r" % depends)
    if args.gui:
        check(re.search(r"\blibqt6widgets6\b", depends), "Depends lacks libqt6widgets6: %r" % depends)
    for field in ("Maintainer", "Section", "Description"):
        check(fields.get(field), "control has no %s field" % field)
    # What `apt show` puts on a user's screen must not point at a made-up address.
    for field in ("Homepage", "Description"):
        check(".invalid" not in fields.get(field, ""), "%s shows a .invalid address" % field)

    # Content list: every file a user or the desktop looks for.
    listing = run(["dpkg-deb", "-c", deb]).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines() if line.strip()}
    # parley-cli's `render` runs this program (the other commands do not load Qt Gui).
    renderer = "/usr/libexec/parley/parley-render"
    expected = ["/usr/bin/parley-cli", renderer,
                "/usr/share/applications/%s.desktop" % APP_ID,
                "/usr/share/metainfo/%s.metainfo.xml" % APP_ID,
                "/usr/share/mime/packages/%s.xml" % APP_ID,
                "/usr/share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
                "/usr/share/man/man1/parley-cli.1.gz",
                "/usr/share/doc/parley/copyright",
                "/usr/share/doc/parley/changelog.gz"]
    expected += ["/usr/share/icons/hicolor/%dx%d/apps/%s.png" % (s, s, APP_ID) for s in ICON_SIZES]
    if args.gui:
        expected += ["/usr/bin/parley", "/usr/share/man/man1/parley.1.gz"]
    resources = os.path.join(args.source, "resources")
    gazetteers = source_files(os.path.join(resources, "gazetteer"), ".tsv")
    samples = source_files(os.path.join(resources, "samples"))
    check(gazetteers, "the source tree has no resources/gazetteer/*.tsv to ship")
    check(samples, "the source tree has no resources/samples/ to ship")
    expected += ["/usr/share/parley/gazetteer/" + f for f in gazetteers]
    expected += ["/usr/share/parley/samples/" + f for f in samples]
    for path in expected:
        check(path in paths, "package lacks " + path)
    for line in listing.splitlines():
        mode, owner = line.split()[:2]
        check(owner == "root/root" and mode[5] != "w" and mode[8] != "w",
              "bad owner or permissions: " + line)
    stray = sorted(p for p in paths if not p.endswith("/") and not p.startswith("/usr/"))
    check(not stray, "package installs outside /usr: %s" % stray)

    # Installed programs run from an unpacked root, with the system's libraries only.
    with tempfile.TemporaryDirectory(prefix="parley-deb-") as root:
        result = run(["dpkg-deb", "-x", deb, root])
        check(result.returncode == 0, "dpkg-deb -x failed: " + result.stderr)
        cli = os.path.join(root, "usr/bin/parley-cli")
        env = dict(os.environ)
        env.pop("LD_LIBRARY_PATH", None)

        for program in ("usr/bin/parley-cli", renderer.lstrip("/"), "usr/bin/parley"):
            path = os.path.join(root, program)
            if os.path.exists(path) and shutil.which("ldd"):
                libs = run(["ldd", path], env=env).stdout
                check("not found" not in libs, "%s misses libraries:\n%s" % (program, libs))

        version = run([cli, "--version"], env=env)
        check(version.returncode == 0, "installed parley-cli --version exit %d: %s"
              % (version.returncode, version.stderr))
        check(version.stdout.strip() == "parley-cli " + args.version,
              "installed parley-cli --version printed %r" % version.stdout)

        if args.gui:
            # The installed GUI, headless: it must start, find the installed samples through
            # ../share/parley/samples and paint their graph. Its settings go to the temporary
            # root so the user's session is neither read nor overwritten.
            gui_env = dict(env, QT_QPA_PLATFORM="offscreen", HOME=root,
                           XDG_CONFIG_HOME=os.path.join(root, "config"),
                           XDG_CACHE_HOME=os.path.join(root, "cache"))
            gui = os.path.join(root, "usr/bin/parley")
            version = run([gui, "--version"], env=gui_env, timeout=60)
            check(version.stdout.strip() == "Parley " + args.version,
                  "installed parley --version printed %r" % version.stdout)
            started = run([gui, "--sample", "--measure-startup"], env=gui_env, timeout=300)
            painted = re.search(r"first graph painted after \d+ ms \((\d+) nodes", started.stdout)
            check(started.returncode == 0 and painted and int(painted.group(1)) > 0,
                  "installed parley did not paint the sample corpus: %r %r"
                  % (started.stdout, started.stderr[-500:]))
            if painted:
                print("installed parley painted the samples: " + started.stdout.strip())

        # The man page unpacks and is well-formed troff.
        if shutil.which("man"):
            man = run(["man", "-l", os.path.join(root, "usr/share/man/man1/parley-cli.1.gz")],
                      env=dict(env, MANWIDTH="80"))
            check(man.returncode == 0 and "EXIT STATUS" in man.stdout,
                  "installed man page does not render: " + man.stderr)

        installed_samples = os.path.join(root, "usr/share/parley/samples")
        articles = [f for f in source_files(installed_samples)
                    if f.endswith(ARTICLE_SUFFIXES) and not os.path.basename(f).startswith("README")]
        if check(articles, "no sample article installed under /usr/share/parley/samples"):
            article = os.path.join(installed_samples, articles[0])
            extract = run([cli, "extract", "--format", "json", article], env=env)
            check(extract.returncode == 0, "installed parley-cli extract %s exit %d: %s"
                  % (articles[0], extract.returncode, extract.stderr))
            try:
                graph = json.loads(extract.stdout)
            except ValueError as error:
                graph = {}
                check(False, "extract printed no JSON (%s): %r" % (error, extract.stdout[:200]))
            documents = graph.get("documents", [])
            check(len(documents) == 1, "extract of one article gave %d documents" % len(documents))
            if documents:
                check(documents[0].get("sentences"), "the sample article has no sentences")
            check(graph.get("states"), "extract found no state in sample %s" % articles[0])
            # The installed program must behave exactly like the one the tests ran. Only the
            # document paths differ (the same article sits in two places).
            built = run([args.cli, "extract", "--format", "json",
                         os.path.join(args.source, "resources/samples", articles[0])])
            try:
                reference = json.loads(built.stdout)
                for doc in reference.get("documents", []) + graph.get("documents", []):
                    doc.pop("path", None)
                check(graph == reference, "installed and built parley-cli extract %s differ"
                      % articles[0])
            except ValueError:
                check(False, "built parley-cli extract printed no JSON: " + built.stderr)

            # render needs Qt's offscreen platform plugin and fonts from the system.
            picture = os.path.join(root, "sample.png")
            render = run([cli, "render", "--width", "400", "--height", "300", "-o", picture,
                          article], env=env)
            check(render.returncode == 0, "installed parley-cli render exit %d: %s"
                  % (render.returncode, render.stderr))
            if os.path.exists(picture):
                with open(picture, "rb") as f:
                    check(f.read(8) == b"\x89PNG\r\n\x1a\n", "render wrote no PNG")
            else:
                check(False, "installed parley-cli render wrote no " + picture)
            print("installed extract of %s: %d states, %d officials, %d meetings"
                  % (articles[0], len(graph.get("states", [])), len(graph.get("officials", [])),
                     len(graph.get("meetings", []))))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("package %s: all checks passed" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
