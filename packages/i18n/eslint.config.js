import react from "@tsunagu/eslint-config/react";

export default react;
