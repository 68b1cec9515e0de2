/* Pulih's paper verifier: the same rules as models/seal_check.py check_seal(), over the
 * trust bundle built into this page. Reads the seal from the address fragment, the camera
 * or a pasted text; never sends anything anywhere (the page's Content-Security-Policy
 * forbids every connection). Everything shown is set with textContent, never as markup:
 * a seal is text from a stranger's paper. Cryptography comes from the vendored noble
 * libraries (window.PulihVendor, see vendor.js and MANIFEST.json); none is written here.
 */
(function () {
  "use strict";

  var V = window.PulihVendor;
  var SEP = "|";
  var HEX12 = /^(?:[0-9A-F]{12})?$/;
  var KEY_ID = /^[0-9A-F]{16}$/;
  var B64 = /^[A-Za-z0-9_-]*$/;
  var ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
  var BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

  function Malformed(why) { this.why = why; }

  // --- pieces shared by both seal formats (models/seal_check.py has the same) -----------

  function utf8(text) { return new TextEncoder().encode(text); }

  function hex(bytes) {
    var out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] + 256).toString(16).slice(1);
    return out.toUpperCase();
  }

  function b64(bytes) {
    var bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  // Strict base64url: a text that does not re-encode to itself is refused.
  function unb64(text) {
    if (!B64.test(text) || text.length % 4 === 1) throw new Malformed("base64");
    var padded = text.replace(/-/g, "+").replace(/_/g, "/");
    while (padded.length % 4) padded += "=";
    var bin;
    try { bin = atob(padded); } catch (e) { throw new Malformed("base64"); }
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    if (b64(bytes) !== text) throw new Malformed("base64");
    return bytes;
  }

  function normaliseName(s) {
    return (s || "").normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase()
      .replace(/[^\p{L}\p{N}]/gu, " ").trim().split(/\s+/).filter(Boolean).join(" ");
  }

  function fieldHash(tag, number, value) {
    return hex(V.sha256(utf8(tag + "\n" + number + "\n" + value))).slice(0, 12);
  }

  function holderHash1(number, name, born) {
    return hex(V.sha256(utf8(number + "\n" + normaliseName(name) + "\n" + born))).slice(0, 12);
  }

  function realDate(text) {
    var m = ISO.exec(text);
    if (!m) return false;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return d <= days;
  }

  // The seal text out of a QR: plain, or <address>#<percent-encoded seal>.
  function unwrap(text) {
    text = (text || "").trim();
    var at = text.indexOf("#");
    if (at >= 0) {
      var fragment = text.slice(at + 1);
      if (BAD_PERCENT.test(fragment)) throw new Malformed("percent");
      try { text = decodeURIComponent(fragment).trim(); } catch (e) {
        throw new Malformed("percent");
      }
    }
    return text;
  }

  function parseAny(text) {
    text = unwrap(text);
    var parts = text.split(SEP), seal, signature;
    if (parts[0] === "PULIH2" && parts.length === 13) {
      var labels = ["N:", "B:", "I:", "D:", "K:", "S:"];
      for (var i = 0; i < labels.length; i++) {
        if (parts[7 + i].slice(0, 2) !== labels[i]) throw new Malformed("labels");
      }
      seal = {format: "PULIH2", number: parts[1], kind: parts[2], date: parts[3],
              status: parts[4], facility: parts[5], valid_until: parts[6],
              name_hash: parts[7].slice(2), birth_hash: parts[8].slice(2),
              identity_hash: parts[9].slice(2), digest: parts[10].slice(2),
              key_id: parts[11].slice(2)};
      signature = parts[12].slice(2);
      if (!(HEX12.test(seal.name_hash) && HEX12.test(seal.birth_hash) &&
            HEX12.test(seal.identity_hash))) throw new Malformed("hash");
      if (seal.digest.length !== 24 || unb64(seal.digest).length !== 18) {
        throw new Malformed("digest");
      }
      if (seal.valid_until && !realDate(seal.valid_until)) throw new Malformed("valid_until");
      seal.signed = parts.slice(0, 12).join(SEP);
    } else if (parts[0] === "PULIH1" && parts.length === 9) {
      if (!(parts[6].slice(0, 2) === "H:" && parts[7].slice(0, 2) === "K:" &&
            parts[8].slice(0, 2) === "S:")) throw new Malformed("labels");
      seal = {format: "PULIH1", number: parts[1], kind: parts[2], date: parts[3],
              status: parts[4], facility: parts[5], valid_until: "",
              holder: parts[6].slice(2), key_id: parts[7].slice(2)};
      signature = parts[8].slice(2);
      if (!HEX12.test(seal.holder)) throw new Malformed("hash");
      seal.signed = parts.slice(0, 8).join(SEP);
    } else {
      throw new Malformed("shape");
    }
    if (!(seal.number && seal.kind && seal.facility && realDate(seal.date))) {
      throw new Malformed("fields");
    }
    if (!KEY_ID.test(seal.key_id) || unb64(signature).length !== 64) {
      throw new Malformed("key or signature");
    }
    return [seal, signature];
  }

  function signatureOk(publicB64, signed, signature) {
    try {
      return V.ed25519.verify(unb64(signature), utf8(signed), unb64(publicB64),
                              {zip215: false});
    } catch (e) {
      return false;
    }
  }

  /* The verdict, in the order of the shared spec:
   * malformed, unknown_key, forged/signature, revoked/key, revoked/voided, (no holder on
   * the paper: valid), unchecked, forged/name|birth_date (PULIH1 holder), valid. */
  function check(text, bundle, name, birthDate, today) {
    var parsed;
    try { parsed = parseAny(text); } catch (e) {
      if (e instanceof Malformed) return {verdict: "malformed", field: "", reason: "", note: ""};
      throw e;
    }
    var seal = parsed[0], signature = parsed[1];
    var key = null;
    (bundle.keys || []).forEach(function (k) {
      if (!key && k.key_id === seal.key_id) key = k;
    });
    if (!key) return {verdict: "unknown_key", field: "", reason: "", note: "", seal: seal};
    var note = "";
    if (seal.valid_until && seal.valid_until < (today || localToday())) note = "expired";
    function verdict(kind, field, reason) {
      return {verdict: kind, field: field || "", reason: reason || "", note: note,
              seal: seal, facility_name: key.facility_name || ""};
    }
    if (key.facility_code !== seal.facility ||
        !signatureOk(String(key.public_key || ""), seal.signed, signature)) {
      return verdict("forged", "signature");
    }
    if (key.revoked_at && seal.date >= key.revoked_at) {
      return Object.assign(verdict("revoked", "", "key"), {since: key.revoked_at, state: "revoked"});
    }
    if (key.retired_at && seal.date > key.retired_at) {
      return Object.assign(verdict("revoked", "", "key"), {since: key.retired_at, state: "retired"});
    }
    var voided = (bundle.voided || []).some(function (v) {
      return v.facility_code === seal.facility && v.number === seal.number;
    });
    if (voided) return verdict("revoked", "", "voided");
    var hasHolder = seal.format === "PULIH1" ? !!seal.holder
                                             : !!(seal.name_hash || seal.birth_hash);
    if (!hasHolder) return verdict("valid");
    name = (name || "").trim();
    var born = (birthDate || "").trim();
    if (!name || !born) return verdict("unchecked");
    if (seal.format === "PULIH1") {
      if (holderHash1(seal.number, name, born) !== seal.holder) {
        return verdict("forged", "holder", "holder");
      }
      return verdict("valid");
    }
    if (fieldHash("N", seal.number, normaliseName(name)) !== seal.name_hash) {
      return verdict("forged", "name", "holder");
    }
    if (fieldHash("B", seal.number, born) !== seal.birth_hash) {
      return verdict("forged", "birth_date", "holder");
    }
    return verdict("valid");
  }

  function localToday() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" +
      String(d.getDate()).padStart(2, "0");
  }

  // For the tests (and the curious): the pure check, without the page around it.
  window.PulihCheck = {check: check, normaliseName: normaliseName, unwrap: unwrap};

  // --- the page ----------------------------------------------------------------------------

  var trust = JSON.parse(document.getElementById("pulih-trust").textContent);
  var T = JSON.parse(document.getElementById("pulih-texts").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var sealText = "";
  var scanning = null;

  function pair(el, key, args) {
    // Indonesian first and large, English beside it, smaller.
    var texts = T[key] || [key, key];
    // An argument is one text for both languages, or [Indonesian, English].
    var fill = function (s, lang) {
      return s.replace(/\{(\w+)\}/g, function (_m, k) {
        var value = args && k in args ? args[k] : "";
        return Array.isArray(value) ? value[lang] : value;
      });
    };
    el.textContent = "";
    var id = document.createElement("span");
    id.className = "id";
    id.textContent = fill(texts[0], 0);
    var en = document.createElement("span");
    en.className = "en";
    en.lang = "en";
    en.textContent = fill(texts[1], 1);
    el.appendChild(id);
    el.appendChild(document.createTextNode(" "));
    el.appendChild(en);
  }

  function birthValue() {
    var d = $("birth-day").value.trim(), m = $("birth-month").value,
        y = $("birth-year").value.trim();
    if (!d || !m || !y) return "";
    if (!/^[0-9]{1,2}$/.test(d) || !/^[0-9]{4}$/.test(y)) return "invalid";
    var iso = y + "-" + m + "-" + d.padStart(2, "0");
    return realDate(iso) ? iso : "invalid";
  }

  var VERDICT_KEYS = {
    valid: ["v_valid", "valid"], unchecked: ["v_unchecked", "unchecked"],
    forged: ["v_forged", "bad"], revoked: ["v_revoked", "bad"],
    unknown_key: ["v_unknown", "warn"], malformed: ["v_malformed", "warn"]
  };

  function explain(result) {
    if (result.verdict === "forged") return "why_forged_" + result.field;
    if (result.verdict === "revoked") {
      return result.reason === "key" ? "why_" + result.state + "_key" : "why_revoked_voided";
    }
    return "why_" + result.verdict;
  }

  function longDate(iso) {
    var m = ISO.exec(iso || "");
    if (!m) return iso || "";
    return (+m[3]) + " " + T.months[+m[2] - 1] + " " + m[1];
  }

  function bothDates(iso) {
    var m = ISO.exec(iso || "");
    return m ? [longDate(iso), (+m[3]) + " " + T.months_en[+m[2] - 1] + " " + m[1]] : iso;
  }

  function addRow(table, key, value) {
    if (!value) return;
    var row = document.createElement("div");
    row.className = "row";
    var label = document.createElement("div");
    label.className = "label";
    pair(label, key);
    var val = document.createElement("div");
    val.className = "value";
    val.textContent = value;
    row.appendChild(label);
    row.appendChild(val);
    table.appendChild(row);
  }

  function show(result, scroll) {
    var box = $("result"), names = VERDICT_KEYS[result.verdict];
    box.hidden = false;
    box.className = "result " + names[1];  // also drops "stale"
    box.dataset.verdict = result.verdict;
    box.dataset.field = result.field || "";
    box.dataset.ms = String(Math.round(performance.now()));  // since the page began loading
    pair($("verdict"), names[0]);
    pair($("why"), explain(result), {date: bothDates(result.since || "")});
    var note = $("note");
    note.hidden = result.note !== "expired";
    if (!note.hidden) pair(note, "note_expired", {date: bothDates(result.seal.valid_until)});
    var details = $("details");
    details.textContent = "";
    // Only a seal whose signature checks tells what the paper says.
    // An unchecked paper shows no details until its holder is checked: the person's next
    // step is the holder form, right below.
    var trusted = result.seal && ["valid", "revoked"].indexOf(result.verdict) >= 0;
    if (trusted) {
      var s = result.seal;
      addRow(details, "f_number", s.number);
      addRow(details, "f_kind", T.kinds[s.kind] ? T.kinds[s.kind] + " (" + s.kind + ")" : s.kind);
      addRow(details, "f_date", longDate(s.date));
      addRow(details, "f_status", s.status);
      addRow(details, "f_facility", (result.facility_name || "") + " (" + s.facility + ")");
      addRow(details, "f_valid_until", longDate(s.valid_until));
    }
    if (scroll) box.scrollIntoView({block: "start"});
  }

  function run(scroll) {
    var born = birthValue();
    var error = $("holder-error");
    error.hidden = born !== "invalid";
    if (born === "invalid") { pair(error, "bad_birth"); markStale(); return; }
    if (!sealText) { pair($("source"), "no_seal"); return; }
    show(check(sealText, trust, $("name").value, born), scroll);
  }

  // A verdict shown for other input than what the form now holds is greyed out (the
  // layout stays still while typing) until Check is pressed again.
  function markStale() {
    var box = $("result");
    if (!box.hidden) box.classList.add("stale");
  }

  function useSeal(text, from) {
    sealText = text;
    // With the seal at hand, the holder form comes first.
    $("holder").parentNode.insertBefore($("holder"), $("code"));
    pair($("source"), from);
    run(from !== "from_address");
  }

  function stopCamera() {
    if (scanning) {
      scanning.stream.getTracks().forEach(function (t) { t.stop(); });
      scanning = null;
    }
    $("camera").hidden = true;
  }

  function startCamera() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      pair($("source"), "no_camera");
      return;
    }
    navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}, audio: false})
      .then(function (stream) {
        var video = $("video");
        video.srcObject = stream;
        $("camera").hidden = false;
        video.play();
        // The browser's own reader where it reads QR codes, else jsQR (also when the
        // browser's reader fails).
        var detector = null;
        if ("BarcodeDetector" in window && window.BarcodeDetector.getSupportedFormats) {
          window.BarcodeDetector.getSupportedFormats().then(function (formats) {
            if (formats.indexOf("qr_code") >= 0) {
              detector = new window.BarcodeDetector({formats: ["qr_code"]});
            }
          }, function () {});
        }
        var canvas = document.createElement("canvas");
        scanning = {stream: stream};
        var tick = function () {
          if (!scanning) return;
          if (video.readyState < 2) { requestAnimationFrame(tick); return; }
          var found = function (text) {
            if (text && scanning) { stopCamera(); useSeal(text, "from_camera"); }
            else requestAnimationFrame(tick);
          };
          if (detector) {
            detector.detect(video).then(function (codes) {
              found(codes.length ? codes[0].rawValue : "");
            }, function () { detector = null; found(""); });
          } else {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            var ctx = canvas.getContext("2d", {willReadFrequently: true});
            ctx.drawImage(video, 0, 0);
            var img = ctx.getImageData(0, 0, canvas.width, canvas.height);
            var code = V.jsQR(img.data, img.width, img.height,
                              {inversionAttempts: "dontInvert"});
            found(code ? code.data : "");
          }
        };
        requestAnimationFrame(tick);
      }, function () { pair($("source"), "camera_refused"); });
  }

  function fromAddress() {
    if (location.hash.length > 1) useSeal(location.hash, "from_address");
  }

  function translatePage() {
    document.querySelectorAll("[data-t]").forEach(function (el) { pair(el, el.dataset.t); });
    var months = $("birth-month");
    T.months.forEach(function (m, i) {
      var opt = document.createElement("option");
      opt.value = String(i + 1).padStart(2, "0");
      opt.textContent = m;
      months.appendChild(opt);
    });
    pair($("made"), "made", {date: bothDates((trust.made_at || "").slice(0, 10)),
                             facility: trust.facility_code || ""});
    pair($("source"), "no_seal");
  }

  translatePage();
  $("check").addEventListener("click", function () { run(true); });
  ["name", "birth-day", "birth-month", "birth-year"].forEach(function (id) {
    $(id).addEventListener("input", markStale);
    $(id).addEventListener("keydown", function (e) { if (e.key === "Enter") run(true); });
  });
  $("scan").addEventListener("click", startCamera);
  $("stop").addEventListener("click", stopCamera);
  $("use-paste").addEventListener("click", function () {
    var text = $("paste").value.trim();
    if (text) useSeal(text, "from_paste");
  });
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
