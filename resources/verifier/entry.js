// What the verifier page takes from npm: Ed25519 and SHA-256 from noble, a QR reader for
// browsers without BarcodeDetector. build.sh bundles this into vendor.js (one IIFE that
// sets window.PulihVendor), which reports/verifier_page.py inlines into the page.
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import jsQR from "jsqr";

export { ed25519, sha256, jsQR };
