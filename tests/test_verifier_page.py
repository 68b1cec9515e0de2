"""The verifier page in a real headless Chromium, against the Python verifier.

Every shared case (tests/verifier_cases.py) goes through models.seals.seal_check.check_seal and,
in one page load, through the page's own JavaScript; the answers must be the same. Then
the page is used as a person would: seal in the address, name and birth date typed, the
banner read. Needs Debian's chromium and chromium-driver (tests/needs.py: CI fails rather
than skips without them).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from reports import verifier_page
from tests import verifier_cases as vc
from tests.needs import tool

CHECK_ALL = """
const [cases, bundle, today] = arguments;
return cases.map(c => {
  const v = PulihCheck.check(c.text, bundle, c.name || "", c.birth_date || "", today);
  return [v.verdict, v.field, v.reason, v.note];
});
"""


@pytest.fixture(scope="module")
def browser():
    chromium = tool("chromium", "chromium")
    driver_path = tool("chromedriver", "chromium-driver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # pragma: no cover - the test extras install it
        from tests.needs import missing
        missing("selenium is not installed (pip install -e '.[test]')")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900",
                "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def world():
    return vc.world()


@pytest.fixture(scope="module")
def page(world, tmp_path_factory):
    bundle, _cases = world
    return verifier_page.write_page(bundle, tmp_path_factory.mktemp("verifier"))


def test_both_verifiers_agree_on_every_shared_case(browser, world, page):
    bundle, cases = world
    browser.get(page.as_uri())
    start = time.perf_counter()
    js = browser.execute_script(CHECK_ALL, [
        {"text": c.text, "name": c.name, "birth_date": c.birth_date} for c in cases],
        bundle, vc.TODAY)
    js_seconds = time.perf_counter() - start
    py = [vc.python_answer(c, bundle) for c in cases]
    disagree = [(c.label, p, tuple(j)) for c, p, j in zip(cases, py, js) if p != tuple(j)]
    agree = len(cases) - len(disagree)
    print(f"\nverifier agreement: {agree}/{len(cases)}; page checked all in "
          f"{js_seconds * 1000:.0f} ms")
    assert not disagree, disagree[:10]
    for case, answer in zip(cases, py):
        if case.expect is not None:
            assert answer == case.expect, case.label
    mutants = [(c.label, a) for c, a in zip(cases, py) if c.expect is None]
    assert len(mutants) > 700
    # A single changed character never passes as genuine nor as "holder not checked".
    assert not [m for m in mutants if m[1][0] in ("valid", "unchecked")]
    assert {a[0] for _l, a in mutants} >= {"malformed", "forged", "unknown_key"}


def _verdict_after(browser, url: str, name: str = "", born: tuple[str, str, str] = ("", "", ""),
                   click: bool = True) -> tuple[str, str, float]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    start = time.perf_counter()
    browser.get("about:blank")
    browser.get(url)
    if click:
        browser.find_element(By.ID, "name").send_keys(name)
        browser.find_element(By.ID, "birth-day").send_keys(born[0])
        if born[1]:
            Select(browser.find_element(By.ID, "birth-month")).select_by_value(born[1])
        browser.find_element(By.ID, "birth-year").send_keys(born[2])
        browser.find_element(By.ID, "check").click()
    result = browser.find_element(By.ID, "result")
    elapsed = time.perf_counter() - start
    return (result.get_attribute("data-verdict") or "", result.find_element(
        By.ID, "verdict").text, elapsed)


def test_a_person_checks_a_paper_from_its_qr_address(browser, world, page):
    bundle, cases = world
    genuine = next(c for c in cases if c.label == "genuine").text
    url = page.as_uri() + "#" + vc.url_form(genuine).split("#", 1)[1]
    verdict, banner, _ = _verdict_after(browser, url, click=False)
    assert verdict == "unchecked"
    assert "PEMEGANG BELUM DIPERIKSA" in banner and "ASLI" not in banner
    verdict, banner, elapsed = _verdict_after(browser, url, "siti rahmawati",
                                              ("12", "12", "1998"))
    print(f"\ntime to a verdict in Chromium (load, type, click): {elapsed * 1000:.0f} ms")
    assert verdict == "valid" and banner.startswith("ASLI") and "GENUINE" in banner
    verdict, banner, _ = _verdict_after(browser, url, "Siti Rahmawati", ("21", "12", "1998"))
    assert verdict == "forged" and "PALSU" in banner
    assert "Tanggal lahir tidak cocok" in browser.find_element("id", "why").text
    verdict, _, _ = _verdict_after(browser, url, "Siti Rahmawati", ("31", "02", "1998"))
    from selenium.webdriver.common.by import By
    assert browser.find_element(By.ID, "holder-error").is_displayed()
    voided = next(c for c in cases if c.label == "voided number").text
    verdict, banner, _ = _verdict_after(browser, page.as_uri() + "#" + vc.url_form(
        voided).split("#", 1)[1], "Siti Rahmawati", ("12", "12", "1998"))
    assert verdict == "revoked" and "DICABUT" in banner


def test_pasted_text_and_a_hostile_seal_are_shown_as_text(browser, world, page):
    from selenium.webdriver.common.by import By
    bundle, cases = world
    browser.get(page.as_uri())
    hostile = "PULIH2|<img src=x onerror=alert(1)>|SKHPN|2026-11-02|X|BNNK-JU||N:|B:|I:|D:" \
              + "A" * 24 + "|K:" + "0" * 16 + "|S:" + "A" * 86
    browser.find_element(By.ID, "paste").send_keys(hostile)
    browser.find_element(By.ID, "use-paste").click()
    result = browser.find_element(By.ID, "result")
    assert result.get_attribute("data-verdict") in ("unknown_key", "malformed")
    assert browser.find_elements(By.CSS_SELECTOR, "img") == []
    pulih1 = next(c for c in cases if c.label == "PULIH1 paper").text
    browser.find_element(By.ID, "paste").clear()
    browser.find_element(By.ID, "paste").send_keys(pulih1)
    browser.find_element(By.ID, "use-paste").click()
    assert result.get_attribute("data-verdict") == "unchecked"


def test_the_page_can_send_nothing_anywhere(browser, page):
    browser.get(page.as_uri())
    outcome = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        let blocked = [];
        document.addEventListener("securitypolicyviolation",
                                  e => blocked.push(e.effectiveDirective));
        fetch("http://127.0.0.1:9/leak").then(() => done(["sent", blocked]),
            () => setTimeout(() => done(["refused", blocked]), 50));
    """)
    assert outcome[0] == "refused" and "connect-src" in outcome[1]
    html = page.read_text("utf-8")
    assert "connect-src 'none'" in html and "https://" not in html.split("<script")[0]
    # One file, no outside resource: no src=/href= pointing anywhere.
    assert ' src="' not in html and "<link" not in html
    print(f"\nverifier page size: {len(html.encode('utf-8'))} bytes")


def test_page_writer_refuses_a_changed_vendor_script(monkeypatch, tmp_path):
    from resources import verifier
    fake = tmp_path / "vendor.js"
    fake.write_bytes(verifier.VENDOR.read_bytes() + b"\n//x")
    monkeypatch.setattr(verifier, "VENDOR", fake)
    bundle, _ = vc.world()
    with pytest.raises(verifier_page.VendorMismatch):
        verifier_page.render_page(bundle)


def test_bundle_text_cannot_end_its_script_element(tmp_path):
    bundle, _ = vc.world()
    bundle["keys"][0]["facility_name"] = "</script><script>alert(1)</script>"
    html = verifier_page.render_page(bundle)
    trust = html.split('id="pulih-trust">', 1)[1].split("</script>", 1)[0]
    assert json.loads(trust)["keys"][0]["facility_name"] == bundle["keys"][0]["facility_name"]
    path = verifier_page.write_page(bundle, tmp_path)
    assert path == Path(tmp_path, verifier_page.FILE_NAME)
    assert not list(tmp_path.glob("*.part"))


def _y4m_of_qr(text: str, path: Path, width: int = 640, height: int = 480) -> None:
    """A short video (Y4M) of the QR of ``text`` on white, for Chromium's fake camera."""
    from reports.qr import qr_modules
    modules = qr_modules(text)
    scale = min(width, height) // (len(modules) + 8)
    left = (width - len(modules) * scale) // 2
    top = (height - len(modules) * scale) // 2
    luma = bytearray(b"\xeb" * (width * height))
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                for y in range(top + r * scale, top + (r + 1) * scale):
                    start = y * width + left + c * scale
                    luma[start:start + scale] = b"\x10" * scale
    chroma = b"\x80" * (width * height // 4)
    frame = b"FRAME\n" + bytes(luma) + chroma + chroma
    path.write_bytes(f"YUV4MPEG2 W{width} H{height} F5:1 Ip A1:1 C420jpeg\n".encode("ascii")
                     + frame * 5)


def test_the_camera_reads_a_papers_qr(world, page, tmp_path):
    """Chromium's fake camera shows a paper's QR; the page reads it (jsQR where the browser
    has no BarcodeDetector, as on desktop Linux) and answers."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait
    _bundle, cases = world
    genuine = next(c for c in cases if c.label == "genuine").text
    video = tmp_path / "qr.y4m"
    _y4m_of_qr(vc.url_form(genuine), video)
    options = webdriver.ChromeOptions()
    options.binary_location = tool("chromium", "chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=800,900",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                f"--use-file-for-fake-video-capture={video}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options,
                              service=Service(tool("chromedriver", "chromium-driver")))
    try:
        driver.get(page.as_uri())
        driver.find_element("id", "scan").click()
        WebDriverWait(driver, 15).until(
            lambda d: d.find_element("id", "result").get_attribute("data-verdict"))
        assert driver.find_element("id", "result").get_attribute("data-verdict") == "unchecked"
        assert "kamera" in driver.find_element("id", "source").text
        assert driver.find_element("id", "camera").get_attribute("hidden") is not None
    finally:
        driver.quit()


def test_a_verdict_for_older_input_is_greyed_until_checked_again(browser, world, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    _bundle, cases = world
    genuine = next(c for c in cases if c.label == "genuine").text
    url = page.as_uri() + "#" + vc.url_form(genuine).split("#", 1)[1]
    verdict, _, _ = _verdict_after(browser, url, "Siti Rahmawati", ("12", "12", "1998"))
    result = browser.find_element(By.ID, "result")
    assert verdict == "valid" and "stale" not in result.get_attribute("class")
    day = browser.find_element(By.ID, "birth-day")
    day.clear()
    day.send_keys("13")
    assert "stale" in result.get_attribute("class")  # ASLI no longer stands for this input
    day.send_keys(Keys.ENTER)
    assert result.get_attribute("data-verdict") == "forged"
    assert "stale" not in result.get_attribute("class")


def test_a_revoked_or_retired_key_says_since_when(browser, world, page):
    _bundle, cases = world
    for label, words in (("revoked key, paper after revocation", "dicabut sejak 1 Juni 2026"),
                         ("retired key, paper after retirement",
                          "tidak dipakai lagi setelah 1 Maret 2026")):
        text = next(c for c in cases if c.label == label).text
        url = page.as_uri() + "#" + vc.url_form(text).split("#", 1)[1]
        verdict, banner, _ = _verdict_after(browser, url, "Siti Rahmawati",
                                            ("12", "12", "1998"))
        assert verdict == "revoked" and "DICABUT" in banner
        assert words in browser.find_element("id", "why").text


def test_names_are_normalised_alike(browser, page):
    from models.seals.seal_check import normalise_name
    browser.get(page.as_uri())
    js = browser.execute_script("return arguments[0].map(n => PulihCheck.normaliseName(n))",
                                vc.NAMES)
    assert js == [normalise_name(n) for n in vc.NAMES]
