/** How a published number looks: optional sign, digits, decimals, exponent. Nothing else. */
export const PUBLISHED_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
