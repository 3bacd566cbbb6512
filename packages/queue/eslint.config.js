import base from "@tsunagu/eslint-config/base";

export default base;
