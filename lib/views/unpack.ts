import { unpackBloomzSlice, type PackedBloomzSlice } from '../bloomz/slice';

export const unpackBloomz = (packed: unknown) => unpackBloomzSlice(packed as PackedBloomzSlice);
