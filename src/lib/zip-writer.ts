/**
 * A minimal zip writer: each file deflated by Node's native zlib and written straight to disk, so
 * memory stays flat however large the site is (a JavaScript deflater holding the archive in
 * memory grew faster than the site did). More than 65,535 files get a zip64 end record; up to 4 GB.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const LEVEL = 6;
// A fixed date (1 January 1980, the format's epoch) keeps the archive reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Entry {
	name: Buffer;
	crc: number;
	compressed: number;
	size: number;
	offset: number;
}

export class ZipWriter {
	private readonly fd: number;
	private readonly entries: Entry[] = [];
	private offset = 0;

	constructor(path: string) {
		this.fd = openSync(path, 'w');
	}

	add(name: string, data: Uint8Array): void {
		this.addDeflated(name, data, deflateRawSync(data, { level: LEVEL }));
	}

	/**
	 * Adds files in order, each prepared by `data()` when its turn comes, while up to `ahead` of
	 * them are deflated at once on Node's thread pool: on a multi-core machine compressing runs
	 * beside the preparing of the next files instead of after it.
	 */
	async addAll(files: Iterable<{ name: string; data: () => Uint8Array }>, ahead = 16): Promise<void> {
		const pending: Promise<[string, Uint8Array, Buffer]>[] = [];
		const next = async () => {
			const [name, data, deflated] = await pending.shift()!;
			this.addDeflated(name, data, deflated);
		};
		for (const { name, data } of files) {
			const bytes = data();
			pending.push(deflateRawAsync(bytes, { level: LEVEL }).then((deflated) => [name, bytes, deflated]));
			if (pending.length >= ahead) await next();
		}
		while (pending.length) await next();
	}

	private addDeflated(name: string, data: Uint8Array, deflated: Buffer): void {
		const nameBytes = Buffer.from(name, 'utf8');
		const entry: Entry = { name: nameBytes, crc: crc32(data), compressed: deflated.length, size: data.length, offset: this.offset };
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(UTF8_NAMES, 6);
		header.writeUInt16LE(DEFLATE, 8);
		header.writeUInt16LE(DOS_TIME, 10);
		header.writeUInt16LE(DOS_DATE, 12);
		header.writeUInt32LE(entry.crc, 14);
		header.writeUInt32LE(entry.compressed, 18);
		header.writeUInt32LE(entry.size, 22);
		header.writeUInt16LE(nameBytes.length, 26);
		header.writeUInt16LE(0, 28);
		this.write(header, nameBytes, deflated);
		this.entries.push(entry);
	}

	/** Writes the central directory and closes the file; returns the archive's size in bytes. */
	close(): number {
		if (this.offset > 0xffffffff) {
			closeSync(this.fd);
			throw new Error(`zip too large: ${this.offset} bytes (files from 4 GB on need zip64 offsets, which this writer does not write)`);
		}
		const start = this.offset;
		for (const entry of this.entries) {
			const header = Buffer.alloc(46);
			header.writeUInt32LE(0x02014b50, 0);
			header.writeUInt16LE(20, 4);
			header.writeUInt16LE(20, 6);
			header.writeUInt16LE(UTF8_NAMES, 8);
			header.writeUInt16LE(DEFLATE, 10);
			header.writeUInt16LE(DOS_TIME, 12);
			header.writeUInt16LE(DOS_DATE, 14);
			header.writeUInt32LE(entry.crc, 16);
			header.writeUInt32LE(entry.compressed, 20);
			header.writeUInt32LE(entry.size, 24);
			header.writeUInt16LE(entry.name.length, 28);
			// Extra field, comment, disk number, internal and external attributes: all zero.
			header.writeUInt32LE(entry.offset, 42);
			this.write(header, entry.name);
		}
		const directorySize = this.offset - start;
		// More than 65,535 files (a large curriculum in five languages): the count goes in a zip64
		// end record, which every current unzip tool reads; the classic record says "see zip64".
		const zip64 = this.entries.length > 0xffff;
		if (zip64) {
			const record = Buffer.alloc(56);
			record.writeUInt32LE(0x06064b50, 0);
			record.writeBigUInt64LE(44n, 4); // the record's size after this field
			record.writeUInt16LE(45, 12);
			record.writeUInt16LE(45, 14);
			record.writeBigUInt64LE(BigInt(this.entries.length), 24);
			record.writeBigUInt64LE(BigInt(this.entries.length), 32);
			record.writeBigUInt64LE(BigInt(directorySize), 40);
			record.writeBigUInt64LE(BigInt(start), 48);
			const locator = Buffer.alloc(20);
			locator.writeUInt32LE(0x07064b50, 0);
			locator.writeBigUInt64LE(BigInt(this.offset), 8);
			locator.writeUInt32LE(1, 16);
			this.write(record, locator);
		}
		const end = Buffer.alloc(22);
		end.writeUInt32LE(0x06054b50, 0);
		end.writeUInt16LE(Math.min(this.entries.length, 0xffff), 8);
		end.writeUInt16LE(Math.min(this.entries.length, 0xffff), 10);
		end.writeUInt32LE(Math.min(directorySize, 0xffffffff), 12);
		end.writeUInt32LE(start, 16); // below 4 GB: checked above
		this.write(end);
		closeSync(this.fd);
		return this.offset;
	}

	private write(...parts: Uint8Array[]): void {
		for (const part of parts) {
			writeSync(this.fd, part);
			this.offset += part.length;
		}
	}
}
