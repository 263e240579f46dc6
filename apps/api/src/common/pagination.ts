import { Global, Injectable, Module } from '@nestjs/common';
import { TenantsRepository } from '../tenancy/tenants.repository';
import { CursorCodec, type CursorField, type Page } from './cursor';
import type { PageQuery } from './pagination.dto';

export const DEFAULT_PAGE_SIZE = 50;

/** How one listing pages: its name (cursors are bound to it), its keyset, and how to read a page. */
export interface KeysetListing<Row, K extends string> {
  listing: string;
  keyset: Record<K, CursorField>;
  /** Rows after `after` in the listing's order (from the start when undefined), at most `limit`. */
  fetch(after: Record<K, string> | undefined, limit: number): Promise<Row[]>;
  /** The keyset position of a row: the next page starts after the last row's. */
  positionOf(row: Row): Record<K, string>;
}

/**
 * The one keyset pagination of every listing: decode (and verify) the cursor, read one row more than
 * the page, and encode the next cursor from the last row kept, so no page is read twice or skipped.
 */
@Injectable()
export class Pagination {
  constructor(private readonly cursors: CursorCodec) {}

  async page<Row, K extends string>(query: PageQuery, listing: KeysetListing<Row, K>): Promise<Page<Row>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = this.cursors.decode(listing.listing, query.cursor, listing.keyset);
    const rows = await listing.fetch(after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? this.cursors.encode(listing.listing, listing.positionOf(last)) : null,
    };
  }
}

/** Gives every listing the one cursor codec and the one pagination. */
@Global()
@Module({ providers: [CursorCodec, Pagination, TenantsRepository], exports: [CursorCodec, Pagination] })
export class PaginationModule {}
