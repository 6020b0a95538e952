'use client';

// Inside the reader variants' layout, so the site's frame stays around the message.
export { default } from '../error';
