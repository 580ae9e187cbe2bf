// Pictures inside the deck file: each asset's bytes as base64, keyed by a hash of its content
// so the same picture inserted twice is stored once. Pure: the renderer and the Node side
// both read assets through here.
import type { Asset, Deck } from '../../deck/schema';
import { own } from '../../ids';

/** The stored id of a picture: "img_" and the first 40 hex digits of its SHA-256. */
export function assetIdFor(sha256Hex: string): string {
  return `img_${sha256Hex.slice(0, 40)}`;
}

export function findAsset(deck: Deck, id: string | null): Asset | undefined {
  return id ? own(deck.assets, id) : undefined;
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}
