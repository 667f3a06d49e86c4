// Authenticator-app codes (RFC 6238), computed the way a phone app does, for staff sign-in.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[^A-Z2-7]/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function codeAt(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = crypto.createHmac('sha1', base32Decode(key)).update(counter).digest();
  const offset = digest[19] & 0x0f;
  const number = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 1000000).padStart(6, '0');
}

// Where each staff account's key and last used time step are kept between tests: a code
// works only once, so a second sign-in in the same 30 seconds must wait for the next one.
function stateFile(email) {
  return path.join(os.tmpdir(), `myrecord-e2e-totp-${email}.json`);
}

function remember(email, key) {
  fs.writeFileSync(stateFile(email), JSON.stringify({ key, lastStep: -1 }));
}

async function freshCode(email) {
  const state = JSON.parse(fs.readFileSync(stateFile(email), 'utf8'));
  let step = Math.floor(Date.now() / 30000);
  while (step <= state.lastStep) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    step = Math.floor(Date.now() / 30000);
  }
  fs.writeFileSync(stateFile(email), JSON.stringify({ ...state, lastStep: step }));
  return codeAt(state.key, step);
}

function useNow(email, key) {
  const step = Math.floor(Date.now() / 30000);
  fs.writeFileSync(stateFile(email), JSON.stringify({ key, lastStep: step }));
  return codeAt(key, step);
}

module.exports = { remember, freshCode, useNow };
